using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.PilotSupport.Models;

/// <summary>Where a pilot stands.</summary>
internal enum PilotStatus
{
    Preparing = 0,
    Running = 1,
    Reported = 2,
    Closed = 3,
}

/// <summary>A pilot (実証実験), created when its proposal is accepted, one per proposal, from its period and place.</summary>
internal sealed class Pilot : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The businesses running it as JSON (name, 法人番号 where known).</summary>
    public string BusinessesJson { get; set; } = "[]";

    public string? DepartmentCode { get; set; }

    public string Period { get; set; } = string.Empty;

    public string Place { get; set; } = string.Empty;

    public PilotStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }
}

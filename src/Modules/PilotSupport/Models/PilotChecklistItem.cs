using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.PilotSupport.Models;

/// <summary>The coordination steps of the seed's 実証実験サポート flow, in its order.</summary>
internal enum PilotStep
{
    LandOwners = 0,
    LocalStakeholders = 1,
    Permits = 2,
    LocalNotice = 3,
    Conduct = 4,
    ReportWriting = 5,
    ReportReceipt = 6,
}

/// <summary>The lane of the seed's flow a step is drawn in.</summary>
internal enum ChecklistOwner
{
    Proposer = 0,
    Desk = 1,
    Department = 2,
}

/// <summary>One step of a pilot's coordination checklist: who does it, by when, and who recorded it done.</summary>
internal sealed class PilotChecklistItem : IAuditable
{
    public long Id { get; set; }

    public long PilotId { get; set; }

    public PilotStep Step { get; set; }

    public ChecklistOwner Owner { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>The due date its owner was reminded of (once per item and due date).</summary>
    public DateOnly? RemindedFor { get; set; }

    public bool IsDone => CompletedUtc is not null;
}

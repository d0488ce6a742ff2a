using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Partnership.Models;

/// <summary>Where an agreement stands (協議中, 締結, 実施中, 終了, 解消).</summary>
internal enum AgreementStatus
{
    Negotiating = 0,
    Signed = 1,
    InEffect = 2,
    Ended = 3,
    Dissolved = 4,
}

/// <summary>
/// An agreement of a partnership, created as a draft (協議中) when its proposal is accepted, one per proposal.
/// The partners start as the proposal's organisations.
/// </summary>
internal sealed class Agreement : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The partners as JSON (name, 法人番号 where known).</summary>
    public string PartnersJson { get; set; } = "[]";

    public string? DepartmentCode { get; set; }

    public AgreementStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }
}

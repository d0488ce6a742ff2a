using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Proposals;

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

/// <summary>包括連携協定 (several fields), 事業連携協定 (one field), 覚書, or a joint project without an agreement.</summary>
internal enum AgreementType
{
    Comprehensive = 0,
    Business = 1,
    Memorandum = 2,
    None = 3,
}

/// <summary>
/// An agreement of a partnership (or a joint project without one): born as a draft (協議中) when its proposal is
/// accepted, one per proposal, or registered by staff (many agreements predate the proposal scheme; <see cref="ProposalId"/> 0).
/// Lists are JSON: partners, 連携事項, shared goals, and each side's contributions.
/// </summary>
internal sealed class Agreement : IAuditable
{
    public long Id { get; set; }

    /// <summary>The accepted proposal it came from; 0 for agreements staff registered.</summary>
    public long ProposalId { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public AgreementType Type { get; set; }

    public string Title { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string SummaryEn { get; set; } = string.Empty;

    /// <summary>The partners as JSON (<see cref="AgreementPartner"/>: name, English name, 法人番号 where known).</summary>
    public string PartnersJson { get; set; } = "[]";

    public string? DepartmentCode { get; set; }

    /// <summary>連携事項 as JSON (<see cref="AgreementText"/>).</summary>
    public string ItemsJson { get; set; } = "[]";

    /// <summary>目標共有: the goals both sides set, as JSON (<see cref="AgreementText"/>).</summary>
    public string GoalsJson { get; set; } = "[]";

    /// <summary>What each side provides (ヒト・モノ・カネ・情報) as JSON (<see cref="AgreementContribution"/>).</summary>
    public string ContributionsJson { get; set; } = "[]";

    public string EffectsCity { get; set; } = string.Empty;

    public string EffectsCityEn { get; set; } = string.Empty;

    public string EffectsPartner { get; set; } = string.Empty;

    public string EffectsPartnerEn { get; set; } = string.Empty;

    public DateOnly? SignedOn { get; set; }

    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public DateOnly? RenewalNoticeOn { get; set; }

    /// <summary>The review date whose reminder was sent (a new date is reminded again).</summary>
    public DateOnly? ReviewRemindedFor { get; set; }

    public DateOnly? RenewalRemindedFor { get; set; }

    public AgreementStatus Status { get; set; }

    public DateTime StatusChangedUtc { get; set; }

    /// <summary>The desk's internal notes: never on the public page; may name people, so the audit records that they changed, not what they say.</summary>
    [NotAudited]
    public string Notes { get; set; } = string.Empty;

    /// <summary>The case study made of it (a content item id), once staff made its draft.</summary>
    public string? CaseStudyContentId { get; set; }

    /// <summary>The hash of what the public item shows (and whether it is public) as last put in step; null before.</summary>
    public string? PublicHash { get; set; }

    public bool PublicationPending { get; set; }

    /// <summary>Why Contents refused the public item (shown to staff; retried at the next change), null otherwise.</summary>
    public string? PublicationError { get; set; }

    /// <summary>A background retry holds the row until then, so two nodes do not put it in step twice at once.</summary>
    public DateTime? PublicationClaimedUtc { get; set; }

    /// <summary>The proposal's progress still to be set through Core (実施中, 完了), null when none is due.</summary>
    public ProposalProgress? PendingProgress { get; set; }

    /// <summary>The recipe entry it was seeded from: a recipe run never adds it twice.</summary>
    public string? SeedKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public bool HasProposal => ProposalId > 0;
}

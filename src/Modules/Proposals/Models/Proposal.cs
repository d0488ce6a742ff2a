using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>
/// One proposal. Personal data and everything the proposer may mark confidential are
/// <see cref="NotAuditedAttribute"/>: the audit trail records the action, not those values.
/// </summary>
internal sealed class Proposal : IAuditable
{
    public long Id { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public ProposalKind Kind { get; set; }

    /// <summary>A registered scheme's id (<c>partnership</c>, <c>pilot</c>) or <see cref="ProposalSchemes.Undecided"/>.</summary>
    public string Scheme { get; set; } = string.Empty;

    public string? ChallengeId { get; set; }

    public string? ChallengeTitle { get; set; }

    public ApplicantType ApplicantType { get; set; }

    public ProposalChannel Channel { get; set; }

    public ProposalStage Stage { get; set; }

    /// <summary>The department that owns the matter (a directory code); empty until the desk routes it.</summary>
    public string? LeadDepartmentCode { get; set; }

    [NotAudited]
    public string OrganizationsJson { get; set; } = "[]";

    [NotAudited]
    public string ContactName { get; set; } = string.Empty;

    [NotAudited]
    public string ContactKana { get; set; } = string.Empty;

    [NotAudited]
    public string ContactDepartment { get; set; } = string.Empty;

    [NotAudited]
    public string ContactEmail { get; set; } = string.Empty;

    [NotAudited]
    public string ContactPhone { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    [NotAudited]
    public string Summary { get; set; } = string.Empty;

    [NotAudited]
    public string Details { get; set; } = string.Empty;

    [NotAudited]
    public string ProposerResources { get; set; } = string.Empty;

    [NotAudited]
    public string CityResources { get; set; } = string.Empty;

    [NotAudited]
    public string ExpectedBenefits { get; set; } = string.Empty;

    [NotAudited]
    public string DesiredPeriod { get; set; } = string.Empty;

    [NotAudited]
    public string DesiredPlace { get; set; } = string.Empty;

    /// <summary>
    /// Answers to the questions editors added to the form (JSON of Core's EditorFieldAnswer). What they hold is not
    /// known, so they are treated as personal: never audited, withheld from disclosure unless released, removed at retention.
    /// </summary>
    [NotAudited]
    public string EditorFieldsJson { get; set; } = "[]";

    /// <summary>Names of the fields the proposer marked confidential (JSON array).</summary>
    public string ConfidentialFieldsJson { get; set; } = "[]";

    /// <summary>Receipt number, title and organisations, lower-cased: what the staff inbox's text filter searches.</summary>
    [NotAudited]
    public string SearchText { get; set; } = string.Empty;

    public string ConsentVersion { get; set; } = string.Empty;

    public DateTime ConsentUtc { get; set; }

    public string Culture { get; set; } = "ja";

    /// <summary>The site address the proposal came in through, for links in later e-mails.</summary>
    public string SiteOrigin { get; set; } = string.Empty;

    [NotAudited]
    public byte[] TrackingTokenHash { get; set; } = [];

    public DateTime SubmittedUtc { get; set; }

    public DateTime StageChangedUtc { get; set; }

    /// <summary>Until when the desk waits for the proposer (shown as ご回答待ち（〇月〇日まで）).</summary>
    public DateTime? ReplyDueUtc { get; set; }

    /// <summary>Until when the current stage's work is due (the department's review), as the flow set it; the inbox's overdue filter reads it.</summary>
    public DateTime? StageDueUtc { get; set; }

    /// <summary>Replies from the proposer the desk has not opened yet.</summary>
    public int UnreadReplies { get; set; }

    public string? AnswerText { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    /// <summary>When the scheme accepted the proposal (its record was created); set once.</summary>
    public DateTime? AcceptedUtc { get; set; }

    /// <summary>The scheme's record (e.g. <c>agreement:3</c>) and how staff read it.</summary>
    public string? AcceptanceReference { get; set; }

    public string? AcceptanceJa { get; set; }

    /// <summary>The scheme record's staff page (an admin path), linked from the proposal page.</summary>
    public string? AcceptancePath { get; set; }

    public string? AcceptanceEn { get; set; }

    /// <summary>When the retention job removed the personal data of the closed proposal (done once); the record stays.</summary>
    public DateTime? PersonalDataRemovedUtc { get; set; }
}

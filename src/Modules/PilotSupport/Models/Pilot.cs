using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.PilotSupport.Models;

/// <summary>Where a pilot stands; <see cref="PilotStatusRules"/> says which changes are allowed.</summary>
internal enum PilotStatus
{
    Preparing = 0,
    Running = 1,
    AwaitingReport = 2,
    Completed = 3,
    Cancelled = 4,
}

/// <summary>What the city provides (the seed's 青森市の役割).</summary>
[Flags]
internal enum CityProvision
{
    None = 0,
    TestField = 1,
    AdministrativeData = 2,
    Publicity = 4,
    RegulatoryConsultation = 8,
    Base = 16,
}

/// <summary>What the business does (the seed's 事業者等の役割).</summary>
[Flags]
internal enum BusinessRole
{
    None = 0,
    Conduct = 1,
    Costs = 2,
    DataVerification = 4,
    Report = 8,
}

/// <summary>
/// A pilot (実証実験): created when its proposal is accepted, one per proposal; the recipe adds the seed's past pilots,
/// which have no proposal (<see cref="ProposalId"/> 0: SQLite cannot make the column nullable in a hand-written migration).
/// </summary>
internal sealed class Pilot : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    /// <summary>The public description (the proposal's own texts may be confidential, so staff write this one).</summary>
    public string SummaryJa { get; set; } = string.Empty;

    public string SummaryEn { get; set; } = string.Empty;

    /// <summary>The businesses running it as JSON (name, 法人番号 where known).</summary>
    public string BusinessesJson { get; set; } = "[]";

    public string? DepartmentCode { get; set; }

    /// <summary>The period the proposal asked for, as the proposer wrote it.</summary>
    public string Period { get; set; } = string.Empty;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string Place { get; set; } = string.Empty;

    public CityProvision CityProvides { get; set; }

    public string CityProvidesNote { get; set; } = string.Empty;

    public BusinessRole BusinessDoes { get; set; }

    public string BusinessDoesNote { get; set; } = string.Empty;

    public string CostSharing { get; set; } = string.Empty;

    /// <summary>実費程度の予算措置 in yen, when the city budgets one.</summary>
    public long? BudgetAmount { get; set; }

    public string BudgetNote { get; set; } = string.Empty;

    /// <summary>Staff's own notes: never public.</summary>
    public string Notes { get; set; } = string.Empty;

    public PilotStatus Status { get; set; }

    public DateTime? StatusChangedUtc { get; set; }

    /// <summary>Why it was stopped (中止).</summary>
    public string StatusNote { get; set; } = string.Empty;

    /// <summary>The public page's URL name; the id when not set.</summary>
    public string? PublicSlug { get; set; }

    /// <summary>The hash of what was last put on the portal, so an unchanged pilot adds no content version.</summary>
    public string? PublicHash { get; set; }

    public DateTime? ReportRequestedUtc { get; set; }

    /// <summary>When the department last sent the report back: only files uploaded later are the new report.</summary>
    public DateTime? ReportReturnedUtc { get; set; }

    public DateTime? ReportReceivedUtc { get; set; }

    public string? ReportFileId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? UpdatedUtc { get; set; }

    public List<PilotChecklistItem> Checklist { get; set; } = [];

    public bool HasProposal => ProposalId > 0;

    public string Slug => PublicSlug ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

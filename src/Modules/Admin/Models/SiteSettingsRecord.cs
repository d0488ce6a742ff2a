using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Admin.Models;

/// <summary>The single row holding the site settings as JSON, so new settings need no migration.</summary>
internal sealed class SiteSettingsRecord : IAuditable
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Json { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

internal sealed class SettingsForm
{
    public string SiteNameJa { get; set; } = string.Empty;

    public string SiteNameEn { get; set; } = string.Empty;

    public string DeskNameJa { get; set; } = string.Empty;

    public string DeskNameEn { get; set; } = string.Empty;

    public string OrganizationJa { get; set; } = string.Empty;

    public string OrganizationEn { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string AddressJa { get; set; } = string.Empty;

    public string AddressEn { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string DefaultCulture { get; set; } = "ja";
}

internal sealed record DashboardPage(
    IReadOnlyList<Core.Navigation.AdminMenuGroup> Sections,
    IReadOnlyList<Core.Audit.AuditRecordView> RecentChanges,
    bool CanManageSettings);

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Settings;

/// <summary>Site-wide settings edited by administrators: names, the desk's contact details, default culture.</summary>
public sealed record SiteSettings(
    LocalizedText SiteName,
    LocalizedText DeskName,
    LocalizedText Organization,
    string PostalCode,
    LocalizedText Address,
    string Phone,
    string Email,
    string DefaultCulture)
{
    public static readonly SiteSettings Empty = new(
        new("公民連携ポータル", "Public-Private Partnership Portal"),
        new("公民連携デスク", "Public-Private Partnership Desk"),
        new(string.Empty, string.Empty),
        string.Empty,
        new(string.Empty, string.Empty),
        string.Empty,
        string.Empty,
        Cultures.Japanese);
}

public interface ISiteSettingsService
{
    ValueTask<SiteSettings> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default);
}

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Content;

/// <summary>Public URLs of content items: Japanese at the root, English under /en.</summary>
public static class ContentRoutes
{
    /// <summary>The Page slug served as the home page ("/" and "/en").</summary>
    public const string HomeSlug = "home";

    public static string CulturePrefix(string culture) => culture == Cultures.English ? "/en" : string.Empty;

    public static string UrlFor(ContentTypeDefinition type, string culture, string slug)
    {
        var prefix = CulturePrefix(culture);
        if (type.RoutePrefix.Length == 0)
        {
            return slug == HomeSlug ? (prefix.Length == 0 ? "/" : prefix) : $"{prefix}/{Uri.EscapeDataString(slug)}";
        }

        return $"{prefix}/{type.RoutePrefix}/{Uri.EscapeDataString(slug)}";
    }

    /// <summary>The type's public list page.</summary>
    public static string ListUrlFor(ContentTypeDefinition type, string culture) =>
        type.RoutePrefix.Length == 0 ? (culture == Cultures.English ? "/en" : "/") : $"{CulturePrefix(culture)}/{type.RoutePrefix}";

    /// <summary>Where staff with ViewContent see a version exactly as the public will.</summary>
    public static string PreviewUrl(long versionId) => $"/preview/{versionId}";

    /// <summary>The admin editor of an item (Contents module).</summary>
    public static string AdminEditUrl(string contentItemId) => $"/admin/contents/{Uri.EscapeDataString(contentItemId)}/edit";
}

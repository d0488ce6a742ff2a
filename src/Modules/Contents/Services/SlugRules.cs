using System.Text.RegularExpressions;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Which slugs an item may take: letters of any script (Japanese included), digits and single hyphens.
/// Items served at the root (types with an empty route prefix) may not take a path the site uses itself.
/// </summary>
internal static partial class SlugRules
{
    public const int MaxLength = 200;

    /// <summary>First path segments the host and modules use; off-limits at the root.</summary>
    public static readonly IReadOnlySet<string> ReservedAtRoot = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "account", "setup", "api", "search", "en", "ja", "media", "preview", "health", "metrics",
        "openapi", "feed", "feed.atom", "sitemap.xml", "robots.txt", "error", "_content", "css", "js", "lib",
        "favicon.ico", "contact",
    };

    /// <summary>Full-width to half-width (NFKC), trimmed, lower case; inner spaces become hyphens.</summary>
    public static string Normalize(string? slug) =>
        Whitespace().Replace((slug ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant(), "-");

    public static bool IsWellFormed(string slug) => slug.Length is > 0 and <= MaxLength && Pattern().IsMatch(slug);

    /// <summary>A well-formed slug that an item served at the root may also take (not a site path, not a type's prefix).</summary>
    public static bool IsAllowedAtRoot(string slug, IEnumerable<string> routePrefixes) =>
        IsWellFormed(slug)
        && !ReservedAtRoot.Contains(slug)
        && !routePrefixes.Any(p => string.Equals(p, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>A slug made from a title when the editor leaves the URL name empty ("公民連携 デスク！" → "公民連携-デスク").</summary>
    public static string FromTitle(string? title)
    {
        var slug = Separators().Replace(Normalize(title), "-").Trim('-');
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }

    [GeneratedRegex(@"^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Separators();
}

using System.Text.RegularExpressions;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Which slugs a page may take: letters of any script, digits and hyphens; not a reserved path.</summary>
internal static partial class SlugRules
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "account", "setup", "en", "ja", "health", "metrics", "error", "api", "search",
        "contact", "css", "js", "lib", "_content", "favicon.ico", "robots.txt", "sitemap.xml", "feed",
    };

    public static string Normalize(string? slug) =>
        (slug ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant();

    public static bool IsValid(string slug) => slug.Length is > 0 and <= 200 && Pattern().IsMatch(slug) && !Reserved.Contains(slug);

    [GeneratedRegex(@"^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$")]
    private static partial Regex Pattern();
}

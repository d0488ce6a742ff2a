using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// Which first path segments the site already uses: the fixed segment that starts any route of the host or a module
/// (/admin, /api, /search, /cases, static assets…, and the same under /en). A declared type's prefix is served
/// only when it is free, so a type never takes over another page's path nor gets its list from one module and its
/// pages from another.
/// </summary>
internal sealed partial class SitePaths(EndpointDataSource endpoints)
{
    /// <summary>Language prefixes: never a type's.</summary>
    private static readonly string[] Languages = ["en", "ja"];

    private readonly Lazy<IReadOnlySet<string>> _taken = new(() => Collect(endpoints.Endpoints));

    /// <summary>A well-formed lower-case prefix that no route of the site starts with.</summary>
    public bool IsFree(string prefix) => Pattern().IsMatch(prefix) && !_taken.Value.Contains(prefix);

    public static IReadOnlySet<string> Collect(IEnumerable<Endpoint> endpoints)
    {
        var taken = new HashSet<string>(Languages, StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern))
        {
            var first = Literal(pattern, 0);
            if (first is not null)
            {
                taken.Add(first);
            }

            if (string.Equals(first, "en", StringComparison.OrdinalIgnoreCase) && Literal(pattern, 1) is { } second)
            {
                taken.Add(second);
            }
        }

        return taken;
    }

    /// <summary>The segment's text when it is fixed text only (no parameter in it).</summary>
    private static string? Literal(RoutePattern pattern, int index)
    {
        if (pattern.PathSegments.Count <= index)
        {
            return null;
        }

        var parts = pattern.PathSegments[index].Parts;
        return parts.Count > 0 && parts.All(p => p is RoutePatternLiteralPart)
            ? string.Concat(parts.Cast<RoutePatternLiteralPart>().Select(p => p.Content))
            : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}

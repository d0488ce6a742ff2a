using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Models;

/// <summary>One filter of a list page: a querystring key and the values that narrow the list.</summary>
internal sealed record Facet(string Key, string Label, IReadOnlyList<FacetValue> Values, string? Selected);

internal sealed record FacetValue(string Value, string Label, int Count);

/// <summary>A page of a filtered list, with the counts of every filter value.</summary>
internal sealed record Listing(
    IReadOnlyList<ContentItemView> Items,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<Facet> Facets)
{
    public bool IsFiltered => Facets.Any(f => f.Selected is not null);
}

/// <summary>What a list page shows: its type, the items and filters, and where it lives.</summary>
internal sealed record ListPage(PortalList List, ContentTypeDefinition Type, string Culture, string ListUrl, Listing Listing)
{
    /// <summary>The list URL with the current filters, changed by <paramref name="changes"/> (null removes a key).</summary>
    public string Url(params (string Key, string? Value)[] changes)
    {
        var values = Listing.Facets.Where(f => f.Selected is not null).ToDictionary(f => f.Key, f => f.Selected!, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var query = string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        return query.Length == 0 ? ListUrl : $"{ListUrl}?{query}";
    }
}

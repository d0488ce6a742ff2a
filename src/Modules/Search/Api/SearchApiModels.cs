namespace OpenCityAomori.Modules.Search.Api;

/// <summary>GET /api/v1/search: published items matching the query.</summary>
internal sealed record SearchApiResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchApiItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<SearchApiFacetValue>> Facets);

/// <param name="Snippet">Plain text excerpt around the matches.</param>
/// <param name="SnippetHtml">The same excerpt, HTML-encoded, with matches in &lt;mark&gt; elements.</param>
/// <param name="Published">When the item was first published (UTC).</param>
/// <param name="Date">The item's own date (yyyy-MM-dd): event, start or posting date, else the publication date.</param>
internal sealed record SearchApiItem(
    string Id,
    string Type,
    string Culture,
    string Title,
    string Url,
    string Snippet,
    string SnippetHtml,
    DateTime? Published,
    string Date);

internal sealed record SearchApiFacetValue(string Value, string Label, int Count);

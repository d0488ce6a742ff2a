namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>Public search sees published versions of searchable types; editors see every item's latest version.</summary>
internal enum SearchScope
{
    Public,
    Editor,
}

internal enum SearchSort
{
    Relevance,
    Date,
}

internal sealed record SearchRequest(string Text, SearchScope Scope)
{
    /// <summary>Only items of this culture; null for every culture.</summary>
    public string? Culture { get; init; }

    /// <summary>Facet filters: values of one dimension are alternatives, dimensions combine.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;
}

internal sealed record SearchHit(
    string Id,
    string Type,
    string Culture,
    string Title,
    string TitleHtml,
    string Url,
    string Snippet,
    string SnippetHtml,
    DateTime? PublishedUtc,
    DateTime ModifiedUtc,
    string Date,
    string Status,
    bool HasPublished,
    long VersionId);

internal sealed record FacetCount(string Value, int Count);

internal sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool HasSearchableTerms)
{
    public static readonly SearchResult Empty = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), false);
}

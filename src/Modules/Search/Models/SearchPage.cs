using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Modules.Search.Models;

/// <summary>What the public and admin search pages show.</summary>
internal sealed record SearchPage
{
    public required string Culture { get; init; }

    public required SearchUrl Urls { get; init; }

    public string Query => Urls.Query;

    public SearchSort Sort => Urls.Sort;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>Why the query could not be searched (shown next to the search box).</summary>
    public string? Error { get; init; }

    /// <summary>True when a search ran (a non-blank, valid query).</summary>
    public bool Searched { get; init; }

    public bool HasSearchableTerms { get; init; }

    public int Total { get; init; }

    public IReadOnlyList<ResultItem> Results { get; init; } = [];

    public IReadOnlyList<FacetGroup> Facets { get; init; } = [];

    public IReadOnlyList<ActiveFilter> ActiveFilters { get; init; } = [];

    /// <summary>List pages to browse instead (cases, challenges) when nothing was found.</summary>
    public IReadOnlyList<BrowseLink> BrowseLinks { get; init; } = [];

    public int TotalPages => Total == 0 ? 0 : (Math.Min(Total, SearchService.MaxResultWindow) + PageSize - 1) / PageSize;

    public int FirstShown => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastShown => Math.Min(Total, (Page - 1) * PageSize + Results.Count);
}

internal sealed record ResultItem(SearchHit Hit, string TypeLabel, string DateText, string StatusLabel, string AdminUrl, string PreviewUrl);

internal sealed record FacetGroup(string Dimension, string Label, IReadOnlyList<FacetOption> Values);

internal sealed record FacetOption(string Value, string Label, int Count, bool Selected, string ToggleUrl);

internal sealed record ActiveFilter(string DimensionLabel, string ValueLabel, string RemoveUrl);

internal sealed record BrowseLink(string Label, string Url);

using Microsoft.AspNetCore.Http;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Models;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Reads a search page's query string, runs the search and prepares what the page shows.</summary>
internal sealed class SearchPageBuilder(SearchService search)
{
    public const int PageSize = 10;
    private const int MaxFacetValuesShown = 20;
    private static readonly string[] BrowseTypes = ["CaseStudy", "Challenge"];

    /// <param name="culture">Language of the page (labels).</param>
    /// <param name="itemCulture">Only items of this culture; null for all.</param>
    public async Task<SearchPage> BuildAsync(HttpRequest request, string basePath, string culture, string? itemCulture, SearchScope scope, CancellationToken cancellationToken)
    {
        var types = await ContentTypes.GetAsync(request.HttpContext.RequestServices, cancellationToken);
        var query = request.Query["q"].FirstOrDefault() ?? string.Empty;
        var dimensions = SearchFacets.Dimensions(types, searchableOnly: scope == SearchScope.Public);
        var urls = new SearchUrl(basePath, query, SearchInput.ParseSort(request.Query["sort"]), SearchFacets.ReadFilters(request.Query, dimensions))
        {
            ItemCulture = scope == SearchScope.Editor ? itemCulture : null,
        };
        var page = new SearchPage
        {
            Culture = culture,
            Urls = urls,
            Page = SearchInput.ParsePage(request.Query["page"]),
            PageSize = PageSize,
            BrowseLinks = scope == SearchScope.Public ? Browse(types, culture) : [],
        };
        if (SearchInput.IsBlank(query))
        {
            return page;
        }

        if (SearchInput.TooLong(query, culture) is { } tooLong)
        {
            return page with { Error = tooLong };
        }

        var result = search.Search(new SearchRequest(query.Trim(), scope)
        {
            Culture = itemCulture,
            Filters = urls.Filters,
            Sort = urls.Sort,
            Page = page.Page,
            PageSize = PageSize,
        });
        return page with
        {
            Searched = true,
            HasSearchableTerms = result.HasSearchableTerms,
            Total = result.Total,
            Results = result.Hits.Select(h => ToItem(h, types, culture)).ToList(),
            Facets = dimensions.Select(d => Group(d, result, urls, types, culture)).Where(g => g.Values.Count > 0).ToList(),
            ActiveFilters = urls.Filters.SelectMany(f => f.Value.Select(v => new ActiveFilter(
                SearchFacets.DimensionLabel(f.Key, types, culture), SearchFacets.ValueLabel(f.Key, v, types, culture), urls.Toggle(f.Key, v)))).ToList(),
        };
    }

    private static FacetGroup Group(string dimension, SearchResult result, SearchUrl urls, IReadOnlyDictionary<string, ContentTypeDefinition> types, string culture)
    {
        var counts = result.Facets.GetValueOrDefault(dimension) ?? [];
        var selected = urls.Filters.GetValueOrDefault(dimension) ?? [];
        var shown = counts.Take(MaxFacetValuesShown)
            .Concat(counts.Skip(MaxFacetValuesShown).Where(c => selected.Contains(c.Value)))
            .Concat(selected.Where(v => counts.All(c => c.Value != v)).Select(v => new FacetCount(v, 0)));
        var values = shown
            .Select(c => new FacetOption(c.Value, SearchFacets.ValueLabel(dimension, c.Value, types, culture), c.Count, urls.IsSelected(dimension, c.Value), urls.Toggle(dimension, c.Value)))
            .ToList();
        return new FacetGroup(dimension, SearchFacets.DimensionLabel(dimension, types, culture), values);
    }

    private static ResultItem ToItem(SearchHit hit, IReadOnlyDictionary<string, ContentTypeDefinition> types, string culture)
    {
        var typeLabel = SearchFacets.ValueLabel("type", hit.Type, types, culture);
        var status = (hit.Status, hit.HasPublished) switch
        {
            (nameof(ContentStatus.Published), _) => Cultures.T("公開中", "Published"),
            (_, true) => Cultures.T("下書き（公開版あり）", "Draft (a published version exists)"),
            _ => Cultures.T("下書き", "Draft"),
        };
        return new ResultItem(hit, typeLabel, SearchDates.Display(hit.Date, culture), status, ContentRoutes.AdminEditUrl(hit.Id), ContentRoutes.PreviewUrl(hit.VersionId));
    }

    private static IReadOnlyList<BrowseLink> Browse(IReadOnlyDictionary<string, ContentTypeDefinition> types, string culture) =>
        BrowseTypes.Where(types.ContainsKey).Select(n => types[n]).Select(t => new BrowseLink(
            culture == Cultures.English ? $"{t.DisplayName.En}: browse the list" : $"{t.DisplayName.Ja}の一覧を見る",
            ContentRoutes.ListUrlFor(t, culture))).ToList();
}

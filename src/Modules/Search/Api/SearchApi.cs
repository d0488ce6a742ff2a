using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Api;

/// <summary>The open-data search API: published items only, JSON, anonymous and rate-limited per client address.</summary>
internal static class SearchApi
{
    public const string RateLimitPolicy = "search-api";
    public const int MaxPageSize = 50;

    public static void AddRateLimit(RateLimiterOptions options) =>
        options.AddPolicy(RateLimitPolicy, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.ApiPermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.ApiWindowSeconds)),
                });
        });

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/search", SearchAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("SearchPublishedContent")
            .WithTags("Search")
            .WithSummary("Full-text search over published content (Japanese and English)")
            .WithDescription(
                "q: words to search for (required, at most 1,000 characters; words separated by spaces must all match; "
                + "no query syntax). type: content type (CaseStudy, Challenge, News, FAQ, CollaborationMethod, Page). "
                + "culture: ja or en (default: both). page: from 1. pageSize: 1-50 (default 10). "
                + "Other facet filters by name: scheme, municipality, year, status, category, tags (repeat a name for alternatives). "
                + "facets: counts per dimension over all matches. Labels follow culture (Japanese unless en).")
            .Produces<SearchApiResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> SearchAsync(
        HttpContext http,
        SearchService search,
        CancellationToken cancellationToken,
        string? q = null,
        string? type = null,
        string? culture = null,
        string? page = null,
        string? pageSize = null)
    {
        if (SearchInput.IsBlank(q))
        {
            return Problem("The query parameter q is required (検索語 q を指定してください).");
        }

        if (SearchInput.TooLong(q!, Cultures.English) is not null)
        {
            return Problem($"q is too long: {q!.Length:N0} characters; at most {SearchQueryBuilder.MaxQueryLength:N0} are allowed (検索語は{SearchQueryBuilder.MaxQueryLength:N0}文字以内).");
        }

        if (culture is not null && culture is not (Cultures.Japanese or Cultures.English))
        {
            return Problem("culture must be ja or en (culture は ja か en).");
        }

        if (!TryParse(page, 1, 1, SearchService.MaxResultWindow, out var pageNumber) || !TryParse(pageSize, 10, 1, MaxPageSize, out var size))
        {
            return Problem($"page must be a whole number from 1, and pageSize one from 1 to {MaxPageSize} (page は1以上、pageSize は1～{MaxPageSize}の整数).");
        }

        if ((pageNumber - 1) * size >= SearchService.MaxResultWindow)
        {
            return Problem($"Only the first {SearchService.MaxResultWindow:N0} results can be paged through (表示できるのは先頭{SearchService.MaxResultWindow:N0}件までです).");
        }

        var types = await ContentTypes.GetAsync(http.RequestServices, cancellationToken);
        var filters = SearchFacets.ReadFilters(http.Request.Query, SearchFacets.Dimensions(types, searchableOnly: true));
        var result = search.Search(new SearchRequest(q!.Trim(), SearchScope.Public) { Culture = culture, Filters = filters, Page = pageNumber, PageSize = size });
        var labels = culture ?? Cultures.Japanese;
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        return Results.Ok(new SearchApiResponse(
            result.Total,
            pageNumber,
            size,
            result.Hits.Select(h => new SearchApiItem(h.Id, h.Type, h.Culture, h.Title, origin + h.Url, h.Snippet, h.SnippetHtml, h.PublishedUtc, h.Date)).ToList(),
            result.Facets.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<SearchApiFacetValue>)f.Value.Select(v => new SearchApiFacetValue(v.Value, SearchFacets.ValueLabel(f.Key, v.Value, types, labels), v.Count)).ToList())));
    }

    private static bool TryParse(string? text, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "Invalid search request", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}

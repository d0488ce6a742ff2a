using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Endpoints;

/// <summary>Open data: published case studies and challenges as JSON or CSV (UTF-8 with BOM for Excel).</summary>
internal static class OpenDataEndpoints
{
    private const string Tag = "Open data";

    // Japanese stays readable in the JSON; HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/case-studies", CaseStudiesAsync)
            .WithName("ListCaseStudies")
            .WithSummary("Published case studies (連携事例)")
            .WithDescription("Every published case study in one language, newest first. `format=csv` returns CSV instead: one row per record, columns named like the JSON fields (UTF-8 with BOM, RFC 4180; arrays joined with \"; \").")
            .WithTags(Tag)
            .Produces<IReadOnlyList<CaseStudyRecord>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(PublicCache.PolicyName)
            .AllowAnonymous();

        endpoints.MapGet("/api/v1/challenges", ChallengesAsync)
            .WithName("ListChallenges")
            .WithSummary("Published challenges (行政課題)")
            .WithDescription("Every published challenge in one language, newest first. `format=csv` returns CSV instead: one row per record, columns named like the JSON fields (UTF-8 with BOM, RFC 4180; arrays joined with \"; \").")
            .WithTags(Tag)
            .Produces<IReadOnlyList<ChallengeRecord>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(PublicCache.PolicyName)
            .AllowAnonymous();
    }

    private static Task<IResult> CaseStudiesAsync(
        HttpContext http,
        IContentQuery query,
        [FromQuery, Description("Language of the items: ja (default) or en.")] string? culture,
        [FromQuery, Description("json (default) or csv.")] string? format,
        CancellationToken cancellationToken) =>
        ListAsync(http, query, PortalContentTypes.CaseStudy, culture, format, "case-studies.csv",
            OpenDataMapper.ToCaseStudy, OpenDataMapper.CaseStudyColumns, OpenDataMapper.CaseStudyRow, cancellationToken);

    private static Task<IResult> ChallengesAsync(
        HttpContext http,
        IContentQuery query,
        [FromQuery, Description("Language of the items: ja (default) or en.")] string? culture,
        [FromQuery, Description("json (default) or csv.")] string? format,
        CancellationToken cancellationToken) =>
        ListAsync(http, query, PortalContentTypes.Challenge, culture, format, "challenges.csv",
            OpenDataMapper.ToChallenge, OpenDataMapper.ChallengeColumns, OpenDataMapper.ChallengeRow, cancellationToken);

    private static async Task<IResult> ListAsync<T>(
        HttpContext http,
        IContentQuery query,
        string type,
        string? culture,
        string? format,
        string fileName,
        Func<ContentItemView, string, T> map,
        IReadOnlyList<string> columns,
        Func<T, IReadOnlyList<string?>> row,
        CancellationToken cancellationToken)
    {
        culture = string.IsNullOrEmpty(culture) ? Cultures.Japanese : culture.ToLowerInvariant();
        if (!Cultures.Supported.Contains(culture))
        {
            return Problem("culture", "culture must be ja or en.");
        }

        format = string.IsNullOrEmpty(format) ? "json" : format.ToLowerInvariant();
        if (format is not ("json" or "csv"))
        {
            return Problem("format", "format must be json or csv.");
        }

        var request = http.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var records = (await query.ListPublishedAsync(type, culture, cancellationToken)).Select(i => map(i, baseUrl)).ToList();
        if (format == "csv")
        {
            return Results.File(CsvFile.Write(columns, records.Select(row)), CsvFile.ContentType, fileName);
        }

        return Results.Json(records, Json);
    }

    private static IResult Problem(string parameter, string detail) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [detail] }, detail);
}

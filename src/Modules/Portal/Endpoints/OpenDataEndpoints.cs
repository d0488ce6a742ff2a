using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Endpoints;

/// <summary>Open data: published case studies and challenges as JSON or CSV (UTF-8 with BOM for Excel).</summary>
internal static class OpenDataEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/case-studies", CaseStudiesAsync)
            .Document(
                "ListCaseStudies",
                "Published case studies (連携事例)",
                "Every published case study in one language, newest first. `format=csv` returns CSV instead: one row per record, columns named like the JSON fields (UTF-8 with BOM, RFC 4180; arrays joined with \"; \").")
            .Produces<IReadOnlyList<CaseStudyRecord>>(StatusCodes.Status200OK, "application/json", "text/csv");

        endpoints.MapGet("/api/v1/challenges", ChallengesAsync)
            .Document(
                "ListChallenges",
                "Published challenges (行政課題)",
                "Every published challenge in one language, newest first. `format=csv` returns CSV instead: one row per record, columns named like the JSON fields (UTF-8 with BOM, RFC 4180; arrays joined with \"; \").")
            .Produces<IReadOnlyList<ChallengeRecord>>(StatusCodes.Status200OK, "application/json", "text/csv");
    }

    private static Task<IResult> CaseStudiesAsync(
        HttpContext http,
        IContentQuery query,
        [FromQuery, Description(OpenDataRequests.CultureHelp)] string? culture,
        [FromQuery, Description(OpenDataRequests.FormatHelp)] string? format,
        CancellationToken cancellationToken) =>
        ListAsync(http, query, PortalContentTypes.CaseStudy, culture, format, "case-studies.csv",
            OpenDataMapper.ToCaseStudy, OpenDataMapper.CaseStudyColumns, OpenDataMapper.CaseStudyRow, cancellationToken);

    private static Task<IResult> ChallengesAsync(
        HttpContext http,
        IContentQuery query,
        [FromQuery, Description(OpenDataRequests.CultureHelp)] string? culture,
        [FromQuery, Description(OpenDataRequests.FormatHelp)] string? format,
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
        var (language, kind, problem) = OpenDataRequests.Read(culture, format);
        if (problem is not null)
        {
            return problem;
        }

        var baseUrl = OpenDataRequests.BaseUrl(http);
        var records = (await query.ListPublishedAsync(type, language, cancellationToken)).Select(i => map(i, baseUrl)).ToList();
        if (kind == "csv")
        {
            return Results.File(CsvFile.Write(columns, records.Select(row)), CsvFile.ContentType, fileName);
        }

        return Results.Json(records, OpenDataRequests.Json);
    }
}

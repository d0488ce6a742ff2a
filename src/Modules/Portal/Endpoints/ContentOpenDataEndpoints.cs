using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Endpoints;

/// <summary>Open data of the types other modules publish with a public list (agreements, pilots…): a catalogue and each type's records.</summary>
internal static class ContentOpenDataEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/content", TypesAsync)
            .Document(
                "ListContentTypes",
                "Types published with a public list (協定、実証実験など)",
                "The content types that modules publish with a public list: title, introduction, list page, the addresses of their records "
                + "(JSON and CSV) and their fields (name, label, kind, options), in one language.")
            .Produces<IReadOnlyList<ContentTypeRecord>>(StatusCodes.Status200OK, "application/json");

        endpoints.MapGet("/api/v1/content/{prefix}", ItemsAsync)
            .Document(
                "ListContentItems",
                "Published items of a type with a public list",
                "Every published item of the type whose list is at /{prefix} (see ListContentTypes), in one language, newest first. "
                + "Each record has id, translationGroup, title, url, culture, slug, published and modified, then one property per field of the type: "
                + "text as written (Markdown too), dates as yyyy-MM-dd, a select as its value and {name}Label, tags as an array, media as a URL, "
                + "a group as an array of objects. `format=csv` returns CSV instead: one row per record, columns in that order (UTF-8 with BOM, "
                + "RFC 4180; arrays joined with \"; \", a group's values with \" / \"). 404 when no such type is published.")
            .Produces<IReadOnlyList<JsonObject>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> TypesAsync(
        HttpContext http,
        DeclaredLists declared,
        [FromQuery, Description(OpenDataRequests.CultureHelp)] string? culture,
        CancellationToken cancellationToken)
    {
        var (language, _, problem) = OpenDataRequests.Read(culture, null);
        if (problem is not null)
        {
            return problem;
        }

        var baseUrl = OpenDataRequests.BaseUrl(http);
        var records = (await declared.AllAsync(cancellationToken)).Select(l =>
        {
            var data = $"{baseUrl}/api/v1/content/{l.Type.RoutePrefix}?culture={language}";
            return new ContentTypeRecord(
                l.Type.Name, l.Type.RoutePrefix, Text(l.List.Title, language), Text(l.List.Intro, language),
                baseUrl + ContentRoutes.ListUrlFor(l.Type, language), data, data + "&format=csv",
                DeclaredOpenData.Fields(l.Type).Select(f => Field(f, language)).ToList());
        }).ToList();
        return Results.Json(records, OpenDataRequests.Json);
    }

    private static async Task<IResult> ItemsAsync(
        HttpContext http,
        DeclaredLists declared,
        PortalContent content,
        [Description("The type's list path, e.g. agreements.")] string prefix,
        [FromQuery, Description(OpenDataRequests.CultureHelp)] string? culture,
        [FromQuery, Description(OpenDataRequests.FormatHelp)] string? format,
        CancellationToken cancellationToken)
    {
        var (language, kind, problem) = OpenDataRequests.Read(culture, format);
        if (problem is not null)
        {
            return problem;
        }

        if (await declared.ForPrefixAsync(prefix, cancellationToken) is not { } list)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No type is published at /{prefix}.");
        }

        var type = list.Type;
        var items = await content.ListAsync(type.Name, language, cancellationToken);
        var media = await content.MediaUrlsAsync(items.SelectMany(i => DeclaredOpenData.MediaIds(i, type)), cancellationToken);
        var baseUrl = OpenDataRequests.BaseUrl(http);
        var records = items.Select(i => DeclaredOpenData.Record(i, type, baseUrl, media)).ToList();
        if (kind == "csv")
        {
            var columns = DeclaredOpenData.Columns(type);
            return Results.File(CsvFile.Write(columns, records.Select(r => DeclaredOpenData.Row(r, columns))), CsvFile.ContentType, $"{prefix}.csv");
        }

        return Results.Json(new JsonArray([.. records]), OpenDataRequests.Json);
    }

    private static ContentFieldRecord Field(ContentFieldDefinition field, string culture) => new(
        field.Name,
        Text(field.Label, culture),
        JsonNamingPolicy.CamelCase.ConvertName(field.Kind.ToString()),
        field.Options.Select(o => new ContentOptionRecord(o.Value, Text(o.Label, culture))).ToList(),
        field.Fields.Select(f => Field(f, culture)).ToList());

    private static string Text(LocalizedText text, string culture) => culture == Cultures.English ? text.En : text.Ja;
}

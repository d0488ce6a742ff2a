using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Endpoints;

/// <summary>What every open-data endpoint shares: the culture and format parameters, the site's address, the JSON style.</summary>
internal static class OpenDataRequests
{
    public const string Tag = "Open data";

    public const string CultureHelp = "Language of the items: ja (default) or en.";

    public const string FormatHelp = "json (default) or csv.";

    // Japanese stays readable in the JSON; HTML-sensitive characters are still escaped.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The parameters in canonical form, or the 400 answer that names the bad one.</summary>
    public static (string Culture, string Format, IResult? Problem) Read(string? culture, string? format)
    {
        culture = string.IsNullOrEmpty(culture) ? Cultures.Japanese : culture.ToLowerInvariant();
        if (!Cultures.Supported.Contains(culture))
        {
            return (culture, string.Empty, Problem("culture", "culture must be ja or en."));
        }

        format = string.IsNullOrEmpty(format) ? "json" : format.ToLowerInvariant();
        return format is "json" or "csv" ? (culture, format, null) : (culture, format, Problem("format", "format must be json or csv."));
    }

    /// <summary>An open-data endpoint's documentation and what they all share: anonymous, output-cached, a 400 for bad parameters.</summary>
    public static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint, string name, string summary, string description) =>
        endpoint.WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .WithTags(Tag)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(PublicCache.PolicyName)
            .AllowAnonymous();

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static IResult Problem(string parameter, string detail) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [detail] }, detail);
}

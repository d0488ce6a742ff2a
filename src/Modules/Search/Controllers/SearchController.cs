using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Models;
using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Controllers;

/// <summary>Public search over published items of the page's language. Not output-cached: every query differs.</summary>
[AllowAnonymous]
internal sealed class SearchController(SearchPageBuilder pages) : Controller
{
    [HttpGet("/search")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => SearchAsync(Cultures.Japanese, cancellationToken);

    [HttpGet("/en/search")]
    public Task<IActionResult> English(CancellationToken cancellationToken) => SearchAsync(Cultures.English, cancellationToken);

    private async Task<IActionResult> SearchAsync(string culture, CancellationToken cancellationToken)
    {
        var basePath = culture == Cultures.English ? "/en/search" : "/search";
        var page = await pages.BuildAsync(Request, basePath, culture, culture, SearchScope.Public, cancellationToken);
        var other = culture == Cultures.English ? "/search" : "/en/search";
        ViewData["AlternateUrl"] = page.Query.Length > 0 ? $"{other}?q={Uri.EscapeDataString(page.Query)}" : other;
        ViewData["NoIndex"] = page.Query.Length > 0;
        if (page.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Index", page);
    }
}

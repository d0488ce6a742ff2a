using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>Public pages. Cached; the cache is evicted whenever content or settings change.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PolicyName)]
internal sealed class PortalController(IPageQuery pages) : Controller
{
    public const string HomeSlug = "home";

    [HttpGet("/")]
    public Task<IActionResult> Home(CancellationToken cancellationToken) => HomeAsync(Cultures.Japanese, cancellationToken);

    [HttpGet("/en")]
    public Task<IActionResult> HomeEnglish(CancellationToken cancellationToken) => HomeAsync(Cultures.English, cancellationToken);

    [HttpGet("/{slug}")]
    public Task<IActionResult> Guide(string slug, CancellationToken cancellationToken) => GuideAsync(slug, Cultures.Japanese, cancellationToken);

    [HttpGet("/en/{slug}")]
    public Task<IActionResult> GuideEnglish(string slug, CancellationToken cancellationToken) => GuideAsync(slug, Cultures.English, cancellationToken);

    private async Task<IActionResult> HomeAsync(string culture, CancellationToken cancellationToken)
    {
        var intro = await pages.GetPublishedAsync(HomeSlug, culture, cancellationToken);
        var guides = await GuidesAsync(culture, cancellationToken);
        ViewData["AlternateUrl"] = culture == Cultures.English ? "/" : "/en";
        return View("Home", new HomePage(intro, guides, culture));
    }

    private async Task<IActionResult> GuideAsync(string slug, string culture, CancellationToken cancellationToken)
    {
        if (slug == HomeSlug)
        {
            return RedirectPermanent(culture == Cultures.English ? "/en" : "/");
        }

        var page = await pages.GetPublishedAsync(slug, culture, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var other = culture == Cultures.English ? Cultures.Japanese : Cultures.English;
        var translated = (await pages.GetPublishedCulturesAsync(slug, cancellationToken)).Contains(other);
        var otherPrefix = other == Cultures.English ? "/en" : string.Empty;
        ViewData["AlternateUrl"] = translated ? $"{otherPrefix}/{Uri.EscapeDataString(slug)}" : (otherPrefix.Length == 0 ? "/" : otherPrefix);
        var siblings = await GuidesAsync(culture, cancellationToken);
        return View("Guide", new GuidePage(page, siblings));
    }

    /// <summary>The guide pages: published pages that have a menu position, in menu order.</summary>
    private async Task<IReadOnlyList<PublishedPageSummary>> GuidesAsync(string culture, CancellationToken cancellationToken) =>
        (await pages.ListPublishedAsync(culture, cancellationToken)).Where(p => p.MenuOrder is not null).ToList();
}

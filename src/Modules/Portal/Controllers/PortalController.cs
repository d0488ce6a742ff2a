using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>
/// Public pages, Japanese at the root and English under /en (the request culture follows the URL).
/// Output-cached; the Contents module evicts the cache whenever an item is published or unpublished.
/// </summary>
internal sealed partial class PortalController(PortalContent content, DeclaredLists declared) : Controller
{
    private const int HomeNews = 3;
    private const int HomeChallenges = 4;
    private const int HomeCases = 4;

    [HttpGet("/")]
    [HttpGet("/en")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var culture = Cultures.Current;
        var intro = await content.GetAsync(PortalContentTypes.Page, culture, ContentRoutes.HomeSlug, cancellationToken);
        return await HomeViewAsync(intro, culture, cancellationToken);
    }

    [HttpGet("/{slug}")]
    [HttpGet("/en/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public async Task<IActionResult> Guide(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var culture = Cultures.Current;
        if (slug == ContentRoutes.HomeSlug)
        {
            return RedirectPermanent(ContentRoutes.ListUrlFor(PortalContentTypes.Get(PortalContentTypes.Page), culture));
        }

        // A prefix declared by a module's type is that type's list (pages cannot take such a slug; see SitePaths).
        if (await declared.ForPrefixAsync(slug, cancellationToken) is { } list)
        {
            return await ListAsync(list.ToPortalList(), page, items => items, cancellationToken);
        }

        return await DetailAsync(PortalContentTypes.Page, slug, cancellationToken);
    }

    private async Task<IActionResult> HomeViewAsync(ContentItemView? intro, string culture, CancellationToken cancellationToken)
    {
        var news = await content.ListAsync(PortalContentTypes.News, culture, cancellationToken);
        var challenges = await content.ListAsync(PortalContentTypes.Challenge, culture, cancellationToken);
        var cases = await content.ListAsync(PortalContentTypes.CaseStudy, culture, cancellationToken);
        var guides = await content.GuidesAsync(culture, cancellationToken);
        var open = challenges.Where(c => c.GetText("status") == "open").Take(HomeChallenges).ToList();
        var other = culture == Cultures.English ? Cultures.Japanese : Cultures.English;
        PortalViewData.Set(ViewData, culture, null, intro?.GetText("summary"), ContentRoutes.ListUrlFor(PortalContentTypes.Get(PortalContentTypes.Page), other), true);
        return View("Home", new HomePage(intro, news.Take(HomeNews).ToList(), open, cases.Take(HomeCases).ToList(), guides, culture));
    }
}

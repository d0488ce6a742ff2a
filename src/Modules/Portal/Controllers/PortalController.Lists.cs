using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>List pages with filters in the querystring, so that they work without JavaScript.</summary>
internal sealed partial class PortalController
{
    [HttpGet("/cases")]
    [HttpGet("/en/cases")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Cases(int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(PortalLists.Cases, page, items => items, cancellationToken);

    [HttpGet("/challenges")]
    [HttpGet("/en/challenges")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Challenges(int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(PortalLists.Challenges, page, items => items.OrderBy(i => i.GetText("status") == "open" ? 0 : 1), cancellationToken);

    [HttpGet("/news")]
    [HttpGet("/en/news")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> News(int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(PortalLists.News, page, items => items, cancellationToken);

    [HttpGet("/faq")]
    [HttpGet("/en/faq")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Faq(CancellationToken cancellationToken) =>
        ListAsync(PortalLists.Faq, 1, ByOrder, cancellationToken);

    [HttpGet("/methods")]
    [HttpGet("/en/methods")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Methods(CancellationToken cancellationToken) =>
        ListAsync(PortalLists.Methods, 1, ByOrder, cancellationToken);

    private static IEnumerable<ContentItemView> ByOrder(IEnumerable<ContentItemView> items) =>
        items.OrderBy(i => i.Fields.GetNumber("order") ?? decimal.MaxValue).ThenBy(i => i.Title, StringComparer.Ordinal);

    private async Task<IActionResult> ListAsync(
        PortalList list,
        int page,
        Func<IEnumerable<ContentItemView>, IEnumerable<ContentItemView>> order,
        CancellationToken cancellationToken)
    {
        var culture = Cultures.Current;
        var type = await content.PortalTypeAsync(list.Type, cancellationToken);
        var items = order(await content.ListAsync(list.Type, culture, cancellationToken)).ToList();
        var selected = list.Filters.ToDictionary(k => k, k => (string?)Request.Query[k].FirstOrDefault(), StringComparer.Ordinal);
        var listing = ListFilter.Apply(items, type, list.Filters, selected, page, list.PageSize);
        var other = culture == Cultures.English ? Cultures.Japanese : Cultures.English;
        PortalViewData.Set(ViewData, culture, list.Title.Current, list.Intro.Current, ContentRoutes.ListUrlFor(type, other), true);
        if (listing.IsFiltered || listing.Page > 1)
        {
            // Filtered and later pages repeat the list's items: only the list itself is indexed.
            ViewData["NoIndex"] = true;
        }

        return View("List", new ListPage(list, type, culture, ContentRoutes.ListUrlFor(type, culture), listing));
    }
}

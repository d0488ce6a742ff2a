using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>Detail pages of each type; the preview renders through the same code.</summary>
internal sealed partial class PortalController
{
    [HttpGet("/news/{slug}")]
    [HttpGet("/en/news/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> NewsItem(string slug, CancellationToken cancellationToken) =>
        DetailAsync(PortalContentTypes.News, slug, cancellationToken);

    [HttpGet("/cases/{slug}")]
    [HttpGet("/en/cases/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> CaseStudy(string slug, CancellationToken cancellationToken) =>
        DetailAsync(PortalContentTypes.CaseStudy, slug, cancellationToken);

    [HttpGet("/challenges/{slug}")]
    [HttpGet("/en/challenges/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Challenge(string slug, CancellationToken cancellationToken) =>
        DetailAsync(PortalContentTypes.Challenge, slug, cancellationToken);

    [HttpGet("/faq/{slug}")]
    [HttpGet("/en/faq/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> FaqItem(string slug, CancellationToken cancellationToken) =>
        DetailAsync(PortalContentTypes.Faq, slug, cancellationToken);

    [HttpGet("/methods/{slug}")]
    [HttpGet("/en/methods/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public Task<IActionResult> Method(string slug, CancellationToken cancellationToken) =>
        DetailAsync(PortalContentTypes.CollaborationMethod, slug, cancellationToken);

    /// <summary>An item of a type another module declares with a public list (/{prefix}/{slug}); 404 for any other prefix.</summary>
    [HttpGet("/{prefix}/{slug}")]
    [HttpGet("/en/{prefix}/{slug}")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public async Task<IActionResult> DeclaredItem(string prefix, string slug, CancellationToken cancellationToken) =>
        await declared.ForPrefixAsync(prefix, cancellationToken) is { } list
            ? await DetailAsync(list.Type.Name, slug, cancellationToken)
            : NotFound();

    private static string DetailView(ContentTypeDefinition type) => type.Name switch
    {
        PortalContentTypes.Page => "Guide",
        PortalContentTypes.News => "NewsItem",
        PortalContentTypes.CaseStudy => "CaseStudy",
        PortalContentTypes.Challenge => "Challenge",
        PortalContentTypes.Faq => "FaqItem",
        PortalContentTypes.CollaborationMethod => "Method",
        _ when type.PublicList is not null => "Declared",
        _ => "Item",
    };

    private async Task<IActionResult> DetailAsync(string type, string slug, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(type, Cultures.Current, slug, cancellationToken);
        return item is null ? NotFound() : await RenderAsync(item, cancellationToken);
    }

    /// <summary>The page of one version, whether published or previewed.</summary>
    private async Task<IActionResult> RenderAsync(ContentItemView item, CancellationToken cancellationToken)
    {
        if (item.ContentType == PortalContentTypes.Page && item.Slug == ContentRoutes.HomeSlug)
        {
            return await HomeViewAsync(item, item.Culture, cancellationToken);
        }

        var type = await content.TypeAsync(item.ContentType, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var view = DetailView(type);
        var media = await content.MediaAsync(item, type, cancellationToken);
        var siblings = item.ContentType == PortalContentTypes.Page ? await content.GuidesAsync(item.Culture, cancellationToken) : [];
        var (alternate, isTranslation) = await content.AlternateAsync(item, type, cancellationToken);
        var image = media.Values.FirstOrDefault(m => m.IsImage)?.Url;
        var description = type.SummaryField is { } summary ? item.GetText(summary) : null;
        PortalViewData.Set(ViewData, item.Culture, item.Title, description, alternate, isTranslation, "article", image);
        return View(view, new DetailPage(type, item, media, siblings));
    }
}

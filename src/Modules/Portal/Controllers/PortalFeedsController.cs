using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>Machine-readable views of the public site: sitemap, robots rules and Atom feeds.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
internal sealed class PortalFeedsController(PortalContent content, DeclaredLists declared, ISiteSettingsService settings) : Controller
{
    private const int FeedSize = 30;

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var published = new List<(ContentTypeDefinition, IReadOnlyList<ContentItemView>)>();
        var others = (await declared.AllAsync(cancellationToken)).Select(l => l.Type);
        foreach (var definition in PortalContentTypes.All.Concat(others))
        {
            var items = new List<ContentItemView>();
            foreach (var culture in Cultures.Supported)
            {
                items.AddRange(await content.ListAsync(definition.Name, culture, cancellationToken));
            }

            published.Add((definition, items));
        }

        return Xml(SitemapBuilder.Build(BaseUrl, published), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public IActionResult Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /account\n")
            .Append("Disallow: /setup\n")
            .Append("Disallow: /preview\n")
            .Append("Allow: /\n\n")
            .Append("Sitemap: ").Append(BaseUrl).Append("/sitemap.xml\n");
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("/feed.atom")]
    [HttpGet("/en/feed.atom")]
    [OutputCache(PolicyName = PublicCache.PolicyName)]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var culture = Cultures.Current;
        var english = culture == Cultures.English;
        var entries = new List<AtomFeedBuilder.FeedEntry>();
        var types = new List<(ContentTypeDefinition Type, LocalizedText Title)>
        {
            (await content.PortalTypeAsync(PortalContentTypes.News, cancellationToken), PortalLists.News.Title),
            (await content.PortalTypeAsync(PortalContentTypes.Challenge, cancellationToken), PortalLists.Challenges.Title),
        };
        types.AddRange((await declared.AllAsync(cancellationToken)).Select(l => (l.Type, l.List.Title)));
        foreach (var (type, _) in types)
        {
            foreach (var item in (await content.ListAsync(type.Name, culture, cancellationToken)).Take(FeedSize))
            {
                entries.Add(new(type, item, BaseUrl + ContentRoutes.UrlFor(type, culture, item.Slug), type.SummaryField is { } s ? item.GetText(s) : null));
            }
        }

        var latest = entries
            .OrderByDescending(e => e.Item.EffectiveDate(e.Type))
            .ThenByDescending(e => e.Item.PublishedUtc)
            .Take(FeedSize)
            .ToList();
        var site = await settings.GetAsync(cancellationToken);
        var siteName = english ? site.SiteName.En : site.SiteName.Ja;
        var author = english ? site.Organization.En : site.Organization.Ja;
        var feed = new AtomFeedBuilder.Feed(
            $"{siteName}: {AtomFeedBuilder.Subject(types.Select(t => t.Title).ToList(), english)}",
            BaseUrl + (english ? "/en" : string.Empty) + "/feed.atom",
            BaseUrl + (english ? "/en" : "/"),
            string.IsNullOrWhiteSpace(author) ? siteName : author,
            culture,
            Request.Host.Host);
        return Xml(AtomFeedBuilder.Build(feed, latest), "application/atom+xml; charset=utf-8");
    }

    private ContentResult Xml(XDocument document, string contentType)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return Content(builder.ToString(), contentType);
    }

    /// <summary>Makes the XML declaration say utf-8, which is what the response is encoded in.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}

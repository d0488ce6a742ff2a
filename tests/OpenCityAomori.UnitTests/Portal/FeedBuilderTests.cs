using System.Xml.Linq;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.UnitTests.Portal;

public class FeedBuilderTests
{
    private static readonly XNamespace Sm = SitemapBuilder.Ns;
    private static readonly XNamespace Atom = AtomFeedBuilder.Atom;

    [Fact]
    public void Sitemap_lists_items_and_list_pages_with_their_translations_as_alternates()
    {
        var cases = PortalContentTypes.Get(PortalContentTypes.CaseStudy);
        var pages = PortalContentTypes.Get(PortalContentTypes.Page);
        IReadOnlyList<ContentItemView> caseItems =
        [
            PortalItems.Item(cases.Name, "c-ja", "ja", new Dictionary<string, object?>(), "あおもり", group: "c-ja"),
            PortalItems.Item(cases.Name, "c-en", "en", new Dictionary<string, object?>(), "aomori", group: "c-ja"),
            PortalItems.Item(cases.Name, "solo", "ja", new Dictionary<string, object?>(), "solo"),
        ];
        IReadOnlyList<ContentItemView> pageItems = [PortalItems.Item(pages.Name, "home", "ja", new Dictionary<string, object?>(), "home")];

        var xml = XDocument.Parse(SitemapBuilder.Build("https://portal.example", [(pages, pageItems), (cases, caseItems)]).ToString());
        var urls = xml.Root!.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value);

        Assert.Contains("https://portal.example/", urls.Keys);
        Assert.Contains("https://portal.example/cases", urls.Keys);
        Assert.Contains("https://portal.example/en/cases", urls.Keys);
        Assert.Contains("https://portal.example/cases/%E3%81%82%E3%81%8A%E3%82%82%E3%82%8A", urls.Keys);
        var translated = urls["https://portal.example/en/cases/aomori"];
        Assert.Equal("2024-01-01T00:00:00Z", translated.Element(Sm + "lastmod")!.Value);
        var alternates = translated.Elements(SitemapBuilder.Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://portal.example/cases/%E3%81%82%E3%81%8A%E3%82%82%E3%82%8A", alternates["ja"]);
        Assert.Equal("https://portal.example/en/cases/aomori", alternates["en"]);
        Assert.Empty(urls["https://portal.example/cases/solo"].Elements(SitemapBuilder.Xhtml + "link"));
        Assert.Equal(urls.Count, xml.Root.Elements(Sm + "url").Count());
    }

    [Fact]
    public void Atom_feed_has_the_required_elements_and_stable_entry_ids()
    {
        var news = PortalContentTypes.Get(PortalContentTypes.News);
        var item = PortalItems.Item(news.Name, "news-1", "ja", new Dictionary<string, object?> { ["summary"] = "概要" });
        var feed = new AtomFeedBuilder.Feed("お知らせ", "https://p.example/feed.atom", "https://p.example/", "青森市", "ja", "p.example");

        var xml = XDocument.Parse(AtomFeedBuilder.Build(feed, [new(news, item, "https://p.example/news/news-1", "概要")]).ToString());
        var root = xml.Root!;

        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("https://p.example/feed.atom", root.Element(Atom + "id")!.Value);
        Assert.Equal("2024-01-01T00:00:00Z", root.Element(Atom + "updated")!.Value);
        Assert.Equal("青森市", root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Contains(root.Elements(Atom + "link"), l => l.Attribute("rel")!.Value == "self" && l.Attribute("href")!.Value == "https://p.example/feed.atom");
        var entry = root.Element(Atom + "entry")!;
        Assert.Equal("tag:p.example,2024-01-01:content/news-1", entry.Element(Atom + "id")!.Value);
        Assert.Equal("https://p.example/news/news-1", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("概要", entry.Element(Atom + "summary")!.Value);
        Assert.NotNull(entry.Element(Atom + "updated"));
        Assert.NotNull(entry.Element(Atom + "title"));
    }

    [Fact]
    public void An_empty_feed_is_still_valid()
    {
        var feed = new AtomFeedBuilder.Feed("t", "https://p.example/feed.atom", "https://p.example/", "a", "ja", "p.example");

        var root = AtomFeedBuilder.Build(feed, []).Root!;

        Assert.NotNull(root.Element(Atom + "updated"));
        Assert.Empty(root.Elements(Atom + "entry"));
    }
}

using System.Xml.Linq;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>sitemap.xml, robots.txt and the Atom feeds are well-formed and list what they should.</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed class PortalFeedsTests(SharedSiteHosts hosts)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sitemap_lists_every_published_item_of_both_languages_with_alternates(string provider)
    {
        var host = await hosts.ForAsync(provider);

        using var response = await host.NewClient().Http.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        foreach (var path in new[] { "/", "/en", "/principles", "/en/principles", "/cases", "/en/cases", "/challenges", "/news", "/faq", "/methods",
            "/cases/aomori-lightblue-ai-pedestrian-count", "/en/cases/aomori-lightblue-ai-pedestrian-count", "/en/methods/pfi", "/faq/who-can-propose" })
        {
            Assert.True(urls.ContainsKey("http://localhost" + path), $"{path} is missing from the sitemap");
        }

        var entry = urls["http://localhost/en/cases/aomori-lightblue-ai-pedestrian-count"];
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Sitemap + "lastmod")!.Value);
        var alternates = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost/cases/aomori-lightblue-ai-pedestrian-count", alternates["ja"]);
        Assert.Equal(urls.Count, xml.Root.Elements(Sitemap + "url").Count());
        Assert.True(urls.Count >= 100, $"only {urls.Count} URLs");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Robots_txt_keeps_crawlers_out_of_staff_pages_and_points_at_the_sitemap(string provider)
    {
        var host = await hosts.ForAsync(provider);

        using var response = await host.NewClient().Http.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Disallow: /setup", lines);
        Assert.Contains("Disallow: /preview", lines);
        Assert.DoesNotContain("Disallow: /api", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Atom_feeds_carry_news_and_challenges_in_each_language(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        foreach (var (path, prefix, lang) in new[] { ("/feed.atom", "", "ja"), ("/en/feed.atom", "/en", "en") })
        {
            using var response = await client.Http.GetAsync(path);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

            Assert.Equal(Atom + "feed", feed.Name);
            Assert.Equal(lang, feed.Attribute(XNamespace.Xml + "lang")!.Value);
            Assert.Equal("http://localhost" + path, feed.Element(Atom + "id")!.Value);
            Assert.NotNull(feed.Element(Atom + "updated"));
            Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
            Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
            var entries = feed.Elements(Atom + "entry").ToList();
            var links = entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();
            Assert.Contains($"http://localhost{prefix}/news/desk-opening", links);
            Assert.Contains($"http://localhost{prefix}/challenges/snow-removal-information", links);
            Assert.DoesNotContain(links, l => l.Contains("/cases/", StringComparison.Ordinal));
            Assert.All(entries, e =>
            {
                Assert.StartsWith("tag:localhost,", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
                Assert.NotNull(e.Element(Atom + "updated"));
                Assert.NotNull(e.Element(Atom + "summary"));
            });
            Assert.InRange(entries.Count, 10, 30);
        }
    }
}

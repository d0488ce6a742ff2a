using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests.Portal;

/// <summary>A declared type's items in the sitemap, the Atom feed, the open-data API (JSON, CSV, OpenAPI) and search.</summary>
[Collection(DeclaredListCollection.Name)]
public sealed class DeclaredListDataTests(DeclaredListHosts hosts)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_sitemap_and_the_feed_carry_the_published_items(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        foreach (var path in new[] { "/test-agreements", "/en/test-agreements", "/test-agreements/snow-pact", "/en/test-agreements/snow-pact", "/test-agreements/old-memo" })
        {
            Assert.True(urls.ContainsKey("http://localhost" + path), $"{path} is missing from the sitemap");
        }

        Assert.DoesNotContain(urls.Keys, u => u.Contains("secret-draft", StringComparison.Ordinal) || u.Contains("/search", StringComparison.Ordinal));
        var alternates = urls["http://localhost/test-agreements/snow-pact"].Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost/en/test-agreements/snow-pact", alternates["en"]);

        foreach (var (path, prefix, title) in new[] { ("/feed.atom", "", "お知らせ・行政課題・連携協定・実証実験・テスト協定"), ("/en/feed.atom", "/en", "News, challenges, partnership agreements, pilot projects and test agreements") })
        {
            var feed = XDocument.Parse(await client.GetStringAsync(path)).Root!;
            Assert.EndsWith(title, feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
            var links = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();
            Assert.Contains($"http://localhost{prefix}/test-agreements/snow-pact", links);
            Assert.DoesNotContain(links, l => l.Contains("secret-draft", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_data_gives_each_declared_field_as_json_and_csv(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        using var ja = JsonDocument.Parse(await client.GetStringAsync("/api/v1/content/test-agreements"));
        using var en = JsonDocument.Parse(await client.GetStringAsync("/api/v1/content/test-agreements?culture=en"));

        Assert.Equal(["snow-pact", "bus-data", "old-memo"], ja.RootElement.EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
        var pact = ja.RootElement[0];
        Assert.Equal("http://localhost/test-agreements/snow-pact", pact.GetProperty("url").GetString());
        Assert.Equal("pact-ja", pact.GetProperty("translationGroup").GetString());
        Assert.Equal("comprehensive", pact.GetProperty("kind").GetString());
        Assert.Equal("包括連携協定", pact.GetProperty("kindLabel").GetString());
        Assert.Equal("2024-04-01", pact.GetProperty("signedOn").GetString());
        Assert.Equal("**除雪**の連携を進めます。", pact.GetProperty("body").GetString());
        Assert.Equal(["防災", "除雪"], pact.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("防災、減災に関すること", pact.GetProperty("items")[1].GetProperty("item").GetString());
        Assert.Equal("市", pact.GetProperty("sides")[0].GetProperty("partyLabel").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", pact.GetProperty("published").GetString());
        Assert.Equal("Comprehensive agreement", Assert.Single(en.RootElement.EnumerateArray()).GetProperty("kindLabel").GetString());

        using var csv = await client.Http.GetAsync("/api/v1/content/test-agreements?format=csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("test-agreements.csv", csv.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("id,translationGroup,title,url,culture,slug,published,modified,summary,body,kind,kindLabel,signedOn,partners,tags,website,items,sides\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",防災; 除雪,https://example.jp/pact,除雪に関すること; 防災、減災に関すること,市 / 道路情報の提供 / 2024-04-01\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalogue_and_the_openapi_document_describe_the_declared_types_and_bad_requests_get_4xx(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        using var catalogue = JsonDocument.Parse(await client.GetStringAsync("/api/v1/content?culture=en"));
        // Partnership's agreements and PilotSupport's pilots are declared in every host too; this test's own type is the one described here.
        Assert.Equal(["partnerships", "pilots", "test-agreements"], catalogue.RootElement.EnumerateArray().Select(t => t.GetProperty("prefix").GetString()).Order());
        var type = catalogue.RootElement.EnumerateArray().Single(t => t.GetProperty("prefix").GetString() == "test-agreements");
        Assert.Equal("test-agreements", type.GetProperty("prefix").GetString());
        Assert.Equal("Test agreements", type.GetProperty("title").GetString());
        Assert.Equal("http://localhost/en/test-agreements", type.GetProperty("url").GetString());
        Assert.Equal("http://localhost/api/v1/content/test-agreements?culture=en&format=csv", type.GetProperty("csv").GetString());
        var kind = type.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "kind");
        Assert.Equal("select", kind.GetProperty("kind").GetString());
        Assert.Equal("Memorandum", kind.GetProperty("options")[2].GetProperty("label").GetString());

        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        var items = paths.GetProperty("/api/v1/content/{prefix}").GetProperty("get");
        Assert.Equal("ListContentItems", items.GetProperty("operationId").GetString());
        Assert.Contains(items.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "format");
        Assert.True(items.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.Equal("ListContentTypes", paths.GetProperty("/api/v1/content").GetProperty("get").GetProperty("operationId").GetString());

        foreach (var (url, status) in new[]
        {
            ("/api/v1/content/search", HttpStatusCode.NotFound), ("/api/v1/content/test-unlisted", HttpStatusCode.NotFound),
            ("/api/v1/content/test-agreements?culture=fr", HttpStatusCode.BadRequest), ("/api/v1/content/test-agreements?format=xml", HttpStatusCode.BadRequest),
        })
        {
            using var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == status, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_finds_published_items_at_their_pages_and_filters_by_the_type_facets(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();
        async Task<JsonElement> SearchAsync(string query) =>
            JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?culture=ja&q=" + query)).RootElement.Clone();
        await SearchTestHost.EventuallyAsync(async () => (await SearchAsync(Uri.EscapeDataString("連携協定"))).GetProperty("total").GetInt32() == 3, "the three published items are indexed");

        var all = await SearchAsync(Uri.EscapeDataString("連携協定"));
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("url").GetString() == "http://localhost/test-agreements/snow-pact");
        Assert.Equal(3, all.GetProperty("facets").GetProperty("kind").EnumerateArray().Count());
        Assert.Contains(all.GetProperty("facets").GetProperty("kind").EnumerateArray(), v => v.GetProperty("label").GetString() == "覚書");

        var memo = await SearchAsync(Uri.EscapeDataString("連携協定") + "&kind=memorandum");
        Assert.Equal("http://localhost/test-agreements/old-memo", Assert.Single(memo.GetProperty("items").EnumerateArray()).GetProperty("url").GetString());
        var tagged = await SearchAsync(Uri.EscapeDataString("連携協定") + "&tags=" + Uri.EscapeDataString("防災"));
        Assert.Equal(2, tagged.GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(Uri.EscapeDataString("準備中"))).GetProperty("total").GetInt32());

        var page = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("除雪"));
        Assert.Contains("href=\"/test-agreements/snow-pact\"", page, StringComparison.Ordinal);
    }
}

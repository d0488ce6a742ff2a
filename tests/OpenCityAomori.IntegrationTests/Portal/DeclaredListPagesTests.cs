using System.Net;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests.Portal;

[CollectionDefinition(Name)]
public sealed class DeclaredListCollection : ICollectionFixture<DeclaredListHosts>
{
    public const string Name = "Declared public lists";
}

/// <summary>The list and item pages the portal serves for a type another module declares with a public list.</summary>
[Collection(DeclaredListCollection.Name)]
public sealed partial class DeclaredListPagesTests(DeclaredListHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_shows_its_title_intro_facets_and_pages_newest_first(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        var first = await client.GetStringAsync("/test-agreements");
        var second = await client.GetStringAsync("/test-agreements?page=2");
        var english = await client.GetStringAsync("/en/test-agreements");

        Assert.Contains("<html lang=\"ja\">", first, StringComparison.Ordinal);
        Assert.Contains("<h1>テスト協定</h1>", first, StringComparison.Ordinal);
        Assert.Contains("市が結んだテスト協定です。", first, StringComparison.Ordinal);
        Assert.Contains("（3件）", first, StringComparison.Ordinal);
        Assert.Equal(["/test-agreements/snow-pact", "/test-agreements/bus-data"], ItemLinks(first));
        Assert.Equal(["/test-agreements/old-memo"], ItemLinks(second));
        Assert.Contains("<label for=\"filter-kind\">協定の種類</label>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"comprehensive\">包括連携協定 (1)</option>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=\"防災\">防災 (2)</option>", first, StringComparison.Ordinal);
        Assert.Contains("令和6年（2024年）", first, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-04-01\">令和6年4月1日（2024年）</time>", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/test-agreements?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", second, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-draft", first + second, StringComparison.Ordinal);

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Test agreements</h1>", english, StringComparison.Ordinal);
        Assert.Equal(["/en/test-agreements/snow-pact"], ItemLinks(english));
        Assert.Contains("Comprehensive agreement", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_narrow_the_list_by_select_tag_and_year(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        Assert.Equal(["/test-agreements/old-memo"], ItemLinks(await client.GetStringAsync("/test-agreements?kind=memorandum")));
        Assert.Equal(["/test-agreements/snow-pact", "/test-agreements/old-memo"], ItemLinks(await client.GetStringAsync("/test-agreements?tags=" + Uri.EscapeDataString("防災"))));
        Assert.Equal(["/test-agreements/bus-data"], ItemLinks(await client.GetStringAsync("/test-agreements?year=2023")));
        var none = await client.GetStringAsync("/test-agreements?kind=memorandum&year=2024");
        Assert.Empty(ItemLinks(none));
        Assert.Contains("条件に合うテスト協定はありません", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_item_page_renders_each_field_by_kind_with_breadcrumb_alternate_and_open_graph(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        var ja = await client.GetStringAsync("/test-agreements/snow-pact");

        Assert.Contains("<h1>除雪の連携協定</h1>", ja, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/test-agreements\">テスト協定</a>", ja, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">除雪の連携協定</a>", ja, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead pre-line\">雪に強いまちづくりのための協定。</p>", ja, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/test-agreements?kind=comprehensive\">包括連携協定</a>", ja, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-04-01\">令和6年4月1日（2024年）</time>", ja, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/test-agreements?tags=%E9%98%B2%E7%81%BD\">防災</a>", ja, StringComparison.Ordinal);
        Assert.Contains("株式会社雪国", ja, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.jp/pact\">https://example.jp/pact</a>", ja, StringComparison.Ordinal);
        Assert.Contains("<strong>除雪</strong>の連携を進めます。", ja, StringComparison.Ordinal);
        Assert.Contains("<li>防災、減災に関すること</li>", ja, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"visually-hidden\">役割分担</caption>", ja, StringComparison.Ordinal);
        Assert.Contains("<td>市</td>", ja, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"除雪の連携協定\" />", ja, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\" />", ja, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/test-agreements/snow-pact\" />", ja, StringComparison.Ordinal);

        var en = await client.GetStringAsync("/en/test-agreements/snow-pact");
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/test-agreements\">Test agreements</a>", en, StringComparison.Ordinal);
        Assert.Contains("<dt>Kind</dt>", en, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-04-01\">1 April 2024</time>", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"http://localhost/test-agreements/snow-pact\" />", en, StringComparison.Ordinal);

        // Without a translation the language switch leads to the other language's list.
        Assert.Contains("class=\"lang-switch\" href=\"/en/test-agreements\"", await client.GetStringAsync("/test-agreements/bus-data"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_unpublished_and_untranslated_items_and_undeclared_or_taken_prefixes_answer_404(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        foreach (var path in new[]
        {
            "/test-agreements/no-such-item", "/test-agreements/secret-draft", "/en/test-agreements/bus-data", "/test-unlisted", "/test-unlisted/x",
            "/search/anything", "/no-such-list/item", "/en/no-such-list", "/en/no-such-list/item",
        })
        {
            using var response = await client.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
        }

        // The site's own page keeps its path: a type cannot take it over.
        Assert.DoesNotContain("検索を奪う一覧", await client.GetStringAsync("/search"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_main_menu_lists_the_declared_list_at_its_menu_order_in_each_language(string provider)
    {
        var client = (await hosts.ForAsync(provider)).NewClient();

        var ja = await client.GetStringAsync("/");
        var en = await client.GetStringAsync("/en");

        var menu = ja.IndexOf(">テスト協定</a>", StringComparison.Ordinal);
        Assert.True(menu > 0, "the list is in the menu");
        Assert.True(menu > ja.IndexOf("href=\"/methods\"", StringComparison.Ordinal), "after the portal's own lists (order 150)");
        Assert.Contains("href=\"/test-agreements\"", ja, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/test-agreements\"", en, StringComparison.Ordinal);
        Assert.DoesNotContain("検索を奪う一覧", ja, StringComparison.Ordinal);
    }

    private static List<string> ItemLinks(string html) =>
        ItemLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<h3><a href=\"([^\"]+)\">")]
    private static partial Regex ItemLink();
}

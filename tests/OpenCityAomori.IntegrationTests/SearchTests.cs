using System.Net;
using System.Text.Json;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// Search over HTTP: the public pages, the open-data API and the admin search, fed by the content kernel.
/// Tests that search only for words of their own items share a host (and index) per provider; the rebuild,
/// which counts every document, and the rate limit start their own.
/// </summary>
public sealed class SearchTests(SharedSearchHosts hosts) : IClassFixture<SharedSearchHosts>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_stays_out_of_public_search_until_published_and_leaves_it_when_unpublished(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var id = await host.CreateAsync("upcycle", "アップサイクル作品の制作", "廃材をアップサイクルしてアート作品にする。", publish: false);
        await SearchTestHost.EventuallyAsync(async () => (await admin.GetStringAsync("/admin/search?q=アップサイクル")).Contains("/admin/contents/" + id, StringComparison.Ordinal), "the draft reaches the admin search");

        Assert.Empty(await host.ApiIdsAsync("アップサイクル"));
        Assert.DoesNotContain("アップサイクル作品", await host.NewClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("アップサイクル")), StringComparison.Ordinal);

        await host.PublishAsync(id);
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiIdsAsync("アップサイクル")).Contains(id), "the published item reaches the API");
        var page = await host.NewClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("ｱｯﾌﾟｻｲｸﾙ"));
        Assert.Contains("<mark>アップサイクル</mark>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/search-test-cases/upcycle\"", page, StringComparison.Ordinal);

        await host.UnpublishAsync(id);
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiIdsAsync("アップサイクル")).Count == 0, "the unpublished item leaves the API");
        Assert.DoesNotContain("/search-test-cases/upcycle", await host.NewClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("アップサイクル")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editing_keeps_the_published_text_searchable_until_the_new_version_is_published(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var id = await host.CreateAsync("snow", "除雪の実証実験", "除雪ロボットで歩道を守る。", publish: true);
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiIdsAsync("除雪ロボット")).Contains(id), "the published item is found");

        await host.SaveAsync(id, "除雪の実証実験", "融雪ドローンで歩道を守る。", publish: false);
        await SearchTestHost.EventuallyAsync(async () => (await admin.GetStringAsync("/admin/search?q=融雪ドローン")).Contains("/admin/contents/" + id, StringComparison.Ordinal), "the admin search finds the draft");
        Assert.Contains("下書き（公開版あり）", await admin.GetStringAsync("/admin/search?q=融雪ドローン"), StringComparison.Ordinal);
        Assert.Equal([id], await host.ApiIdsAsync("除雪ロボット"));
        Assert.Empty(await host.ApiIdsAsync("融雪ドローン"));

        await host.PublishAsync(id);
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiIdsAsync("融雪ドローン")).Contains(id), "the new version is found once published");
        Assert.Empty(await host.ApiIdsAsync("除雪ロボット"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_api_answers_the_documented_json_shape_with_facets(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var id = await host.CreateAsync("lightblue", "AIカメラで歩行者通行量を測る", "ＡＩを使った通行量調査の実証実験。", publish: true,
            fields: [("municipality", "青森市"), ("scheme", "pilot"), ("startDate", "2023-06-23")]);
        await host.CreateAsync("ai-memo", "AIの内部メモ", "AIの打合せ記録。", publish: true, type: SearchTestTypes.Memo);
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiIdsAsync("ai")).Count > 0, "the item is indexed");

        var json = await host.ApiAsync("ai");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetString());
        Assert.Equal(SearchTestTypes.Case, item.GetProperty("type").GetString());
        Assert.Equal("AIカメラで歩行者通行量を測る", item.GetProperty("title").GetString());
        Assert.EndsWith("/search-test-cases/lightblue", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("ＡＩを使った", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>ＡＩ</mark>", item.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.True(item.GetProperty("published").GetDateTime() > DateTime.UtcNow.AddHours(-1));
        var facets = json.GetProperty("facets");
        var type = Assert.Single(facets.GetProperty("type").EnumerateArray());
        Assert.Equal(SearchTestTypes.Case, type.GetProperty("value").GetString());
        Assert.Equal("検索テスト事例", type.GetProperty("label").GetString());
        Assert.Equal(1, type.GetProperty("count").GetInt32());
        Assert.Equal("実証実験", Assert.Single(facets.GetProperty("scheme").EnumerateArray()).GetProperty("label").GetString());
        Assert.Equal("2023", Assert.Single(facets.GetProperty("year").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal("青森市", Assert.Single(facets.GetProperty("municipality").EnumerateArray()).GetProperty("value").GetString());

        using var filtered = await host.NewClient().Http.GetAsync("/api/v1/search?q=ai&type=SearchTestCase&scheme=partnership");
        Assert.Equal(0, JsonDocument.Parse(await filtered.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_queries_get_a_clear_400_or_a_normal_page_and_never_a_500()
    {
        // Nothing here depends on the database, so one provider is enough.
        const string provider = "Sqlite";
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();
        var admin = await host.AdminClientAsync();
        var tooLong = Uri.EscapeDataString(new string('あ', 1001));

        foreach (var (url, detail) in new[]
        {
            ("/api/v1/search?q=" + tooLong, "1,000"),
            ("/api/v1/search", "q is required"),
            ("/api/v1/search?q=%20%20", "q is required"),
            ("/api/v1/search?q=a&pageSize=0", "pageSize"),
            ("/api/v1/search?q=a&page=abc", "page"),
            ("/api/v1/search?q=a&culture=fr", "culture"),
        })
        {
            using var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var page = await client.Http.GetAsync("/search?q=" + tooLong))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("検索語が長すぎます", html, StringComparison.Ordinal);
            Assert.Contains("id=\"search-q\"", html, StringComparison.Ordinal);
        }

        using (var page = await admin.Http.GetAsync("/admin/search?q=" + tooLong))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("検索語が長すぎます", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var hostile = Uri.EscapeDataString("\"(*AND");
        foreach (var url in new[] { "/api/v1/search?q=" + hostile, "/search?q=" + hostile, "/en/search?q=" + hostile, "/search?q=" + Uri.EscapeDataString("\"(*"), "/search", "/search?q=", "/search?q=a&page=-1&sort=x&year=" + tooLong })
        {
            using var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }

        Assert.Contains("value=\"&quot;(*AND\"", await client.GetStringAsync("/search?q=" + hostile), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/search?q=" + hostile)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_public_page_has_counts_facets_filters_sorting_and_paging_and_keeps_the_query(string provider)
    {
        var host = await hosts.ForAsync(provider);
        for (var i = 1; i <= 12; i++)
        {
            await host.CreateAsync($"case-{i}", $"ねぶた連携 {i}", "ねぶた祭りと連携した取り組み。", publish: true,
                fields: [("scheme", i <= 3 ? "pilot" : "partnership"), ("startDate", $"20{10 + i}-04-01")]);
        }

        await host.CreateAsync("nebuta-en", "Nebuta partnership", "A partnership around the Nebuta festival.", publish: true, culture: "en");
        await SearchTestHost.EventuallyAsync(async () => (await host.ApiAsync("ねぶた")).GetProperty("total").GetInt32() == 12 && (await host.ApiIdsAsync("nebuta")).Count == 1, "all items are indexed");
        var client = host.NewClient();

        var first = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("ねぶた"));
        Assert.Contains("value=\"ねぶた\"", first, StringComparison.Ordinal);
        Assert.Contains("12件中 1～10件目", first, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", first, StringComparison.Ordinal);
        Assert.Contains("<label for=\"search-q\">", first, StringComparison.Ordinal);
        Assert.Contains("name=\"scheme\" value=\"pilot\"", first, StringComparison.Ordinal);
        Assert.Contains("実証実験 <span class=\"facet-count\">(3)</span>", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">ページ </span>1</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Nebuta partnership", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("ねぶた") + "&page=2");
        Assert.Contains("12件中 11～12件目", second, StringComparison.Ordinal);

        var pilots = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("ねぶた") + "&scheme=pilot&sort=date");
        Assert.Contains("3件中 1～3件目", pilots, StringComparison.Ordinal);
        var third = pilots.IndexOf("連携 3</a>", StringComparison.Ordinal);
        Assert.True(third >= 0 && third < pilots.IndexOf("連携 1</a>", StringComparison.Ordinal), "newest first");
        Assert.Contains("平成25年4月1日（2013年）", pilots, StringComparison.Ordinal);

        var english = await client.GetStringAsync("/en/search?q=nebuta");
        Assert.Contains("<mark>Nebuta</mark> partnership", english, StringComparison.Ordinal);
        Assert.Contains("Results 1–1 of 1", english, StringComparison.Ordinal);
        Assert.DoesNotContain("ねぶた連携", english, StringComparison.Ordinal);

        var none = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("存在しない言葉"));
        Assert.Contains("検索のヒント", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_admin_search_finds_drafts_for_staff_only_and_links_to_the_editor(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var draft = await host.CreateAsync("draft", "八甲田の下書き", "八甲田の雪中行軍。", publish: false);
        var memo = await host.CreateAsync("memo", "八甲田メモ", "八甲田の打合せ。", publish: true, type: SearchTestTypes.Memo);
        var admin = await host.AdminClientAsync();
        await SearchTestHost.EventuallyAsync(async () => (await admin.GetStringAsync("/admin/search?q=八甲田")).Contains("/admin/contents/" + memo, StringComparison.Ordinal), "both items are indexed");

        var page = await admin.GetStringAsync("/admin/search?q=八甲田");
        Assert.Contains("href=\"/admin/contents/" + draft + "/edit\"", page, StringComparison.Ordinal);
        Assert.Contains(">下書き<", page, StringComparison.Ordinal);
        Assert.Contains(">公開中<", page, StringComparison.Ordinal);
        Assert.Empty(await host.ApiIdsAsync("八甲田"));

        using var anonymous = await host.NewClient().Http.GetAsync("/admin/search?q=八甲田");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var status = await host.NewClient().Http.GetAsync("/admin/search/status");
        Assert.NotEqual(HttpStatusCode.OK, status.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_rebuild_from_the_admin_runs_in_the_background_and_reports_progress(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        for (var i = 0; i < 5; i++)
        {
            await host.CreateAsync($"rebuild-{i}", $"再構築テスト {i}", "再構築の確認。", publish: true);
        }

        await SearchTestHost.EventuallyAsync(async () => (await host.ApiAsync("再構築")).GetProperty("total").GetInt32() == 5, "items are indexed");
        Assert.Contains("インデックスを再構築する", await admin.GetStringAsync("/admin/search"), StringComparison.Ordinal);

        using var posted = await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        JsonElement state = default;
        await SearchTestHost.EventuallyAsync(async () =>
        {
            state = JsonDocument.Parse(await admin.GetStringAsync("/admin/search/status")).RootElement.Clone();
            return !state.GetProperty("running").GetBoolean() && state.GetProperty("finishedUtc").ValueKind != JsonValueKind.Null
                && state.GetProperty("documents").GetInt32() == 5;
        }, "the rebuild finishes with one document per item (published = latest)");
        Assert.Equal(5, state.GetProperty("processed").GetInt32());
        Assert.Equal(5, state.GetProperty("total").GetInt32());
        Assert.Equal(5, (await host.ApiAsync("再構築")).GetProperty("total").GetInt32());
        Assert.Contains("前回の再構築", await admin.GetStringAsync("/admin/search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_is_in_the_navigation_and_the_api_in_the_openapi_document()
    {
        // Nothing here depends on the database, so one provider is enough.
        const string provider = "Sqlite";
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        Assert.Contains("<a href=\"/search\" aria-current=\"page\">検索</a>", await client.GetStringAsync("/search"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/search\" aria-current=\"page\">Search</a>", await client.GetStringAsync("/en/search"), StringComparison.Ordinal);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/search", openApi, StringComparison.Ordinal);
        Assert.Contains("SearchPublishedContent", openApi, StringComparison.Ordinal);
        Assert.Contains("snippetHtml", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_is_rate_limited_per_client()
    {
        await using var host = await SearchTestHost.StartAsync("Sqlite", settings: new Dictionary<string, string>
        {
            ["Search:ApiPermitLimit"] = "3",
            ["Search:ApiWindowSeconds"] = "600",
        });
        var first = IPAddress.Parse("203.0.113.10");
        var second = IPAddress.Parse("203.0.113.20");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await host.StatusFromAsync(first, "/api/v1/search?q=a"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await host.StatusFromAsync(first, "/api/v1/search?q=a"));
        Assert.Equal(HttpStatusCode.OK, await host.StatusFromAsync(second, "/api/v1/search?q=a"));
        Assert.Equal(HttpStatusCode.OK, await host.StatusFromAsync(first, "/search?q=a"));
    }
}

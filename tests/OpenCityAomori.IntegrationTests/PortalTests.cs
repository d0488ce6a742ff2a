using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

public sealed class PortalTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Home_page_is_Japanese_and_shows_the_desk_and_its_address_from_the_recipe(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = host.NewClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("青森市公民連携デスク", html, StringComparison.Ordinal);
        Assert.Contains("〒030-8505", html, StringComparison.Ordinal);
        Assert.Contains("柳川庁舎3階", html, StringComparison.Ordinal);
        Assert.Contains("017-761-4154", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/principles\"", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_guide_page_exists_in_Japanese_and_English_with_a_switch_to_its_translation(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = host.NewClient();
        string[] slugs = ["desk", "about", "principles", "proposal-system", "flows", "other-methods", "notice"];

        foreach (var slug in slugs)
        {
            var ja = await client.GetStringAsync("/" + slug);
            var en = await client.GetStringAsync("/en/" + slug);
            Assert.Contains("<html lang=\"ja\">", ja, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
            Assert.Contains($"href=\"/en/{slug}\"", ja, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{slug}\"", en, StringComparison.Ordinal);
        }

        var principles = await client.GetStringAsync("/principles");
        foreach (var principle in new[] { "対等", "対話", "目標共有", "相互メリット", "公平性確保" })
        {
            Assert.Contains(principle, principles, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_pages_answer_404_with_a_themed_page_and_security_headers(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = host.NewClient();

        using var response = await client.Http.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Content_lives_in_the_database_so_an_edit_shows_on_the_cached_public_page(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        var before = await host.NewClient().GetStringAsync("/principles");
        Assert.Contains("基本原則", before, StringComparison.Ordinal);

        var list = await admin.GetStringAsync("/admin/contents/pages?culture=ja&q=principles");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/admin/contents/pages/([0-9a-f-]{36})\"").Groups[1].Value;
        using var saved = await admin.PostFormAsync($"/admin/contents/pages/{id}", $"/admin/contents/pages/{id}",
        [
            new("Form.Title", "私たちの基本原則"), new("Form.Slug", "principles"), new("Form.Culture", "ja"),
            new("Form.Summary", "改訂"), new("Form.BodyMarkdown", "## 改訂版\n\n<script>alert(1)</script>本文"), new("Form.MenuOrder", "3"),
            new("Form.Submit", "save"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await host.NewClient().GetStringAsync("/principles");
        Assert.Contains("私たちの基本原則", after, StringComparison.Ordinal);
        Assert.Contains("改訂版", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_page_is_not_public_until_it_is_published(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        using var created = await admin.PostFormAsync("/admin/contents/pages/create", "/admin/contents/pages/create",
        [
            new("Form.Title", "下書きのお知らせ"), new("Form.Slug", "draft-news"), new("Form.Culture", "ja"),
            new("Form.BodyMarkdown", "まだ秘密"), new("Form.Submit", "save"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;

        using var hidden = await host.NewClient().Http.GetAsync("/draft-news");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var preview = await admin.GetStringAsync(editUrl + "/preview");
        Assert.Contains("まだ秘密", preview, StringComparison.Ordinal);

        using var published = await admin.PostFormAsync(editUrl, editUrl + "/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("まだ秘密", await host.NewClient().GetStringAsync("/draft-news"), StringComparison.Ordinal);

        using var unpublished = await admin.PostFormAsync(editUrl, editUrl + "/unpublish", []);
        using var goneAgain = await host.NewClient().Http.GetAsync("/draft-news");
        Assert.Equal(HttpStatusCode.NotFound, goneAgain.StatusCode);
    }
}

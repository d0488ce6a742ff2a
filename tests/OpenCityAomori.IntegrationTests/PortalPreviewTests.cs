using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Drafts stay out of every public output; staff preview them; publishing evicts the cached pages.</summary>
public sealed class PortalPreviewTests
{
    private const string Slug = "portal-draft-case";
    private const string Title = "下書きの連携事例：雪国ドローン実証";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_is_invisible_to_the_public_previewable_by_staff_and_listed_once_published(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var visitor = host.NewClient();
        // Warm the output cache: publication must evict these.
        Assert.DoesNotContain(Title, await visitor.GetStringAsync("/cases"), StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, await visitor.GetStringAsync("/api/v1/case-studies"), StringComparison.Ordinal);

        var (jaId, jaVersion) = await CreateDraftAsync(host, "ja", Slug, Title, null);
        var (_, enVersion) = await CreateDraftAsync(host, "en", Slug, "Draft case: drone pilot in snow country", jaId);

        using (var hidden = await visitor.Http.GetAsync($"/cases/{Slug}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        Assert.DoesNotContain(Title, await visitor.GetStringAsync("/cases"), StringComparison.Ordinal);
        Assert.DoesNotContain(Title, await visitor.GetStringAsync("/cases?scheme=pilot"), StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, await visitor.GetStringAsync("/api/v1/case-studies"), StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, await visitor.GetStringAsync("/en/cases"), StringComparison.Ordinal);

        using (var refused = await visitor.Http.GetAsync($"/preview/{jaVersion}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/account/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var admin = await host.AdminClientAsync();
        using (var preview = await admin.Http.GetAsync($"/preview/{jaVersion}"))
        {
            var html = await preview.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Contains("プレビュー（未公開の下書き）", html, StringComparison.Ordinal);
            Assert.Contains($"<h1>{Title}</h1>", html, StringComparison.Ordinal);
            Assert.Contains("令和8年1月15日（2026年）", html, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"row\">事業者</th>", html, StringComparison.Ordinal);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", html, StringComparison.Ordinal);
            Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        var english = await admin.GetStringAsync($"/preview/{enVersion}");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Preview (unpublished draft)", english, StringComparison.Ordinal);
        Assert.Contains("15 January 2026", english, StringComparison.Ordinal);

        await PublishAsync(host, jaId);

        var list = await visitor.GetStringAsync("/cases");
        Assert.Contains($"href=\"/cases/{Slug}\"", list, StringComparison.Ordinal);
        Assert.Contains(Title, await visitor.GetStringAsync($"/cases/{Slug}"), StringComparison.Ordinal);
        Assert.Contains(Slug, await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains(Title, await visitor.GetStringAsync("/api/v1/case-studies"), StringComparison.Ordinal);
        // Its English translation is still a draft: the switch leads to the English list.
        Assert.Contains("class=\"lang-switch\" href=\"/en/cases\"", await visitor.GetStringAsync($"/cases/{Slug}"), StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, await visitor.GetStringAsync("/en/cases"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_type_declared_by_another_module_is_previewed_with_every_field(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider);
        long version;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var fields = JsonSerializer.SerializeToElement(new Dictionary<string, object>
            {
                ["summary"] = "別モジュールの型の概要",
                ["body"] = "**太字の本文**",
                ["scheme"] = "pilot",
                ["startDate"] = "2019-05-01",
            }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            var item = await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(
                null, TestContentTypes.Article, "ja", null, new ContentEdit("他モジュールの記事", "other-article", fields), null, Publication.Draft, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
            version = await db.Versions.Where(v => v.ContentItemId == item.ContentItemId).Select(v => v.Id).SingleAsync();
        }

        var html = await (await host.AdminClientAsync()).GetStringAsync($"/preview/{version}");

        Assert.Contains("<h1>他モジュールの記事</h1>", html, StringComparison.Ordinal);
        Assert.Contains("別モジュールの型の概要", html, StringComparison.Ordinal);
        Assert.Contains("<strong>太字の本文</strong>", html, StringComparison.Ordinal);
        Assert.Contains("実証実験", html, StringComparison.Ordinal);
        Assert.Contains("令和元年5月1日（2019年）", html, StringComparison.Ordinal);
        Assert.Contains("プレビュー（未公開の下書き）", html, StringComparison.Ordinal);
    }

    private static async Task<(string Id, long VersionId)> CreateDraftAsync(TestHost host, string culture, string slug, string title, string? translationOf)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var fields = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["partners"] = new[] { "株式会社スノードローン" },
            ["municipality"] = culture == "ja" ? "青森市" : "Aomori City",
            ["scheme"] = "pilot",
            ["startDate"] = "2026-01-15",
            ["summary"] = culture == "ja" ? "雪下ろしの点検をドローンで行う実証実験。" : "A pilot of drone inspections of snow on roofs.",
            ["contributions"] = new[] { new { party = "business", category = "goods", text = "ドローン" } },
        }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(null, "CaseStudy", culture, translationOf, new ContentEdit(title, slug, fields), null, Publication.Draft, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var version = await db.Versions.Where(v => v.ContentItemId == item.ContentItemId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        return (item.ContentItemId, version);
    }

    private static async Task PublishAsync(TestHost host, string id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var item = await db.Items.SingleAsync(i => i.ContentItemId == id);
        Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishAsync(item, CancellationToken.None));
    }
}

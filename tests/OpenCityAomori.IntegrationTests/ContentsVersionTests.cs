using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// Versions, comparison, restore, translations, schedule and extra fields through the admin. Tests that
/// look only at their own items share a host per provider; the one that changes the type starts its own.
/// </summary>
public sealed class ContentsVersionTests(SharedContentsHosts hosts) : IClassFixture<SharedContentsHosts>
{
    private const string NewArticle = "/admin/contents/new/TestArticle";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editing_a_published_item_keeps_the_public_version_and_versions_can_be_compared_and_restored(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        using var created = await admin.PostFormAsync(NewArticle, NewArticle, Article("ねぶた実証", "最初の概要", "publish"));
        var id = ContentsAdminTests.IdOf(created);
        var edit = ContentRoutes.AdminEditUrl(id);
        using var changed = await admin.PostFormAsync(edit, edit, Article("ねぶた実証", "改訂した概要", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("最初の概要", (await ContentsAdminTests.PublishedAsync(host, id))?.GetText("summary"));
        Assert.Contains("未公開の下書きあり", await admin.GetStringAsync(edit), StringComparison.Ordinal);

        var versions = await admin.GetStringAsync($"/admin/contents/{id}/versions");
        Assert.Contains($"action=\"/admin/contents/{id}/versions/1/restore\"", versions, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/admin/contents/{id}/versions/2/restore\"", versions, StringComparison.Ordinal);
        var compare = await admin.GetStringAsync($"/admin/contents/{id}/versions/compare?a=1&b=2");
        Assert.Matches("<tr class=\"changed\" data-field=\"summary\">", compare);
        Assert.Matches("<tr data-field=\"title\">", compare);
        Assert.Contains("最初の概要", compare, StringComparison.Ordinal);
        Assert.Contains("改訂した概要", compare, StringComparison.Ordinal);

        using var restored = await admin.PostFormAsync($"/admin/contents/{id}/versions", $"/admin/contents/{id}/versions/1/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("最初の概要", await admin.GetStringAsync(edit), StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var item = await db.Items.SingleAsync(i => i.ContentItemId == id);
        Assert.Equal(3, item.LatestVersion);
        Assert.Equal(1, item.PublishedVersion);
        Assert.Equal(3, await db.IndexingTasks.CountAsync(t => t.ContentItemId == id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_translation_is_created_prefilled_in_the_other_language_and_linked_both_ways(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        using var created = await admin.PostFormAsync(NewArticle, NewArticle, Article("アップサイクル", "廃材を活用", "publish"));
        var ja = ContentsAdminTests.IdOf(created);
        var editor = await admin.GetStringAsync(ContentRoutes.AdminEditUrl(ja));
        var translate = $"/admin/contents/new/TestArticle?translationOf={ja}";
        Assert.Contains("英語版を作成", editor, StringComparison.Ordinal);
        Assert.Contains(translate, editor, StringComparison.Ordinal);

        var prefilled = await admin.GetStringAsync(translate);
        Assert.Contains("廃材を活用", prefilled, StringComparison.Ordinal);
        Assert.Contains("name=\"TranslationOf\" value=\"" + ja + "\"", prefilled, StringComparison.Ordinal);
        using var translated = await admin.PostFormAsync(translate, "/admin/contents/new/TestArticle",
            [.. Article("Upcycling", "Reusing waste", "publish"), new("TranslationOf", ja)]);
        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        var en = ContentsAdminTests.IdOf(translated);

        Assert.Contains($"href=\"{ContentRoutes.AdminEditUrl(en)}\" hreflang=\"en\">英語版", await admin.GetStringAsync(ContentRoutes.AdminEditUrl(ja)), StringComparison.Ordinal);
        Assert.Contains($"href=\"{ContentRoutes.AdminEditUrl(ja)}\" hreflang=\"ja\">日本語版", await admin.GetStringAsync(ContentRoutes.AdminEditUrl(en)), StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var translations = await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedTranslationsAsync(ja, CancellationToken.None);
        Assert.Equal([ja, en], translations.Select(t => t.ContentItemId));

        using var second = await admin.PostFormAsync(translate, "/admin/contents/new/TestArticle",
            [.. Article("Upcycling again", "Again", "draft"), new("TranslationOf", ja), new("Culture", "en"), new("Slug", "upcycling-again")]);
        Assert.Contains("この言語の翻訳は既にあります", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rows_are_added_and_removed_without_javascript_and_schedules_are_entered_in_japan_time(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        using var added = await admin.PostFormAsync(NewArticle, NewArticle,
            [.. Article("行の追加", "概要", "add:schedule"), new("Fields.schedule[0].label", "募集"), new("Fields.schedule[0].value", "7月")]);
        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Fields.schedule[1].label\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"error-summary\"", html, StringComparison.Ordinal);

        var publishAt = DateTime.UtcNow.AddDays(2);
        var japan = publishAt.AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var scheduled = await admin.PostFormAsync(NewArticle, NewArticle,
        [
            .. Article("予約の記事", "概要", "schedule"), new("PublishAt", japan),
            new("Fields.schedule[0].label", "募集"), new("Fields.schedule[0].value", "7月"),
            new("Fields.schedule[1].label", "審査"), new("Fields.schedule[1].value", "8月"), new("Fields.schedule[1]._remove", "true"),
            new("Fields.schedule[2].label", "発表"), new("Fields.schedule[2].value", "9月"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var id = ContentsAdminTests.IdOf(scheduled);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var item = await db.Items.SingleAsync(i => i.ContentItemId == id);
        Assert.Null(item.PublishedVersion);
        Assert.Equal(new DateTime(publishAt.Year, publishAt.Month, publishAt.Day, publishAt.Hour, publishAt.Minute, 0, DateTimeKind.Utc), item.PublishAtUtc);
        var preview = await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetVersionForPreviewAsync(
            await db.Versions.Where(v => v.ContentItemId == id).Select(v => v.Id).SingleAsync(), CancellationToken.None);
        Assert.Equal(["募集", "発表"], preview!.Fields.GetGroup("schedule").Select(r => r.GetText("label")));
        Assert.Contains("公開予約", await admin.GetStringAsync("/admin/contents?status=scheduled"), StringComparison.Ordinal);

        // Unpublishing a scheduled item cancels the schedule: the scheduler then has nothing to publish.
        var edit = ContentRoutes.AdminEditUrl(id);
        using var cancelled = await admin.PostFormAsync(edit, $"/admin/contents/{id}/unpublish", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await using var after = host.Services.CreateAsyncScope();
        var reloaded = await after.ServiceProvider.GetRequiredService<ContentsDbContext>().Items.AsNoTracking().SingleAsync(i => i.ContentItemId == id);
        Assert.Equal<(DateTime?, int?)>((null, null), (reloaded.PublishAtUtc, reloaded.ScheduledVersion));
        Assert.Equal(0, await ContentScheduler.RunDueAsync(after.ServiceProvider, publishAt.AddMinutes(5), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_extra_field_added_to_a_type_appears_in_the_editor_and_is_stored_until_removed(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        const string type = "/admin/contents/types/TestArticle";
        Assert.Contains("href=\"" + type + "\"", await admin.GetStringAsync("/admin/contents/types"), StringComparison.Ordinal);
        using var invalid = await admin.PostFormAsync(type, type + "/fields",
            [new("Form.Name", "Budget note"), new("Form.LabelJa", ""), new("Form.LabelEn", "Budget"), new("Form.Kind", "Text")]);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("項目名は英小文字で始め", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("表示名（日本語）を200文字以内で入力してください", invalidHtml, StringComparison.Ordinal);

        using var added = await admin.PostFormAsync(type, type + "/fields",
            [new("Form.Name", "budgetNote"), new("Form.LabelJa", "予算メモ"), new("Form.LabelEn", "Budget note"), new("Form.Kind", "Number"), new("Form.Required", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var form = await admin.GetStringAsync(NewArticle);
        Assert.Contains("name=\"Fields.budgetNote\"", form, StringComparison.Ordinal);

        using var missing = await admin.PostFormAsync(NewArticle, NewArticle, Article("予算", "概要", "draft"));
        Assert.Contains("「予算メモ」を入力してください", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var saved = await admin.PostFormAsync(NewArticle, NewArticle, [.. Article("予算", "概要", "publish"), new("Fields.budgetNote", "１，５００")]);
        var id = ContentsAdminTests.IdOf(saved);
        Assert.Equal(1500m, (await ContentsAdminTests.PublishedAsync(host, id))!.Fields["budgetNote"].GetDecimal());

        using var removed = await admin.PostFormAsync(type, type + "/fields/budgetNote/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("name=\"Fields.budgetNote\"", await admin.GetStringAsync(NewArticle), StringComparison.Ordinal);
    }

    internal static KeyValuePair<string, string>[] Article(string title, string summary, string submit) =>
        [new("Title", title), new("Slug", ""), new("Culture", "ja"), new("Fields.summary", summary), new("Fields.body", "本文"), new("submit", submit)];
}

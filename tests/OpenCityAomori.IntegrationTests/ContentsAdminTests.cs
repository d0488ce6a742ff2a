using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The content admin over HTTP: forms generated from the type, validation, versions, translations, publication.
/// Tests that look only at their own items share a host per provider; the one that proves nothing at all
/// was written starts its own.
/// </summary>
public sealed partial class ContentsAdminTests(SharedContentsHosts hosts) : IClassFixture<SharedContentsHosts>
{
    private const string NewArticle = "/admin/contents/new/TestArticle";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_editor_writes_a_draft_with_every_kind_of_field_and_publishes_it(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var form = await admin.GetStringAsync(NewArticle);
        foreach (var name in new[] { "Title", "Slug", "Culture", "Fields.summary", "Fields.body", "Fields.partners", "Fields.startDate", "Fields.order", "Fields.scheme", "Fields.sourceUrl", "Fields.related", "Fields.schedule[0].label" })
        {
            Assert.Contains($"name=\"{name}\"", form, StringComparison.Ordinal);
        }

        using var saved = await admin.PostFormAsync(NewArticle, NewArticle,
        [
            new("Title", "AIによる歩行者通行量計測"), new("Slug", "ＡＩ歩行者計測"), new("Culture", "ja"),
            new("Fields.summary", "新町商店街で歩行者数を計測しました。"), new("Fields.body", "## 背景\n\n<script>alert(1)</script>本文"),
            new("Fields.html", "<p onclick=\"x()\">安全な<b>HTML</b></p>"),
            new("Fields.partners", "株式会社LightblueTechnology、青森商工会議所"), new("Fields.startDate", "２０２３-０６-２３"), new("Fields.order", "１２"),
            new("Fields.scheme", "pilot"), new("Fields.sourceUrl", "https://www.city.aomori.aomori.jp/"),
            new("Fields.schedule[0].label", "作品制作者募集"), new("Fields.schedule[0].value", "令和5年7月5日～30日"),
            new("Fields.schedule[1].label", ""), new("Fields.schedule[1].value", ""),
            new("submit", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editUrl = saved.Headers.Location!.OriginalString;
        var id = EditUrl().Match(editUrl).Groups[1].Value;
        Assert.NotEmpty(id);

        var editor = await admin.GetStringAsync(editUrl);
        Assert.Contains("value=\"ai歩行者計測\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"2023-06-23\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"12\"", editor, StringComparison.Ordinal);
        Assert.Contains("株式会社LightblueTechnology, 青森商工会議所", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"令和5年7月5日～30日\"", editor, StringComparison.Ordinal);
        Assert.Contains("下書きとして保存しました", editor, StringComparison.Ordinal);
        Assert.Null(await PublishedAsync(host, id));

        using var published = await admin.PostFormAsync(editUrl, $"/admin/contents/{id}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var view = await PublishedAsync(host, id);
        Assert.NotNull(view);
        Assert.Equal(["株式会社LightblueTechnology", "青森商工会議所"], view.GetTags("partners"));
        Assert.Equal(12m, view.Fields["order"].GetDecimal());
        Assert.DoesNotContain("<script", view.Html["body"], StringComparison.Ordinal);
        Assert.Contains("<h2>背景</h2>", view.Html["body"], StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", view.Html["html"], StringComparison.Ordinal);
        Assert.Contains("<b>HTML</b>", view.Html["html"], StringComparison.Ordinal);
        Assert.Single(view.Fields.GetGroup("schedule"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<OpenCityAomori.Core.Audit.IAuditTrail>().GetRecentAsync(50);
            Assert.Contains(audit, a => a is { EntityType: "ContentItem", Action: "Created" } && a.EntityId == id && a.UserName.Length > 0);
            Assert.Contains(audit, a => a is { EntityType: "ContentItem", Action: "Updated" } && a.EntityId == id);
            Assert.Contains(audit, a => a is { EntityType: "ContentVersion", Action: "Created" });
        }

        var list = await admin.GetStringAsync("/admin/contents?type=TestArticle&status=published&q=歩行者");
        Assert.Contains("AIによる歩行者通行量計測", list, StringComparison.Ordinal);
        Assert.DoesNotContain("AIによる歩行者通行量計測", await admin.GetStringAsync("/admin/contents?status=draft"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalid_values_are_refused_with_messages_next_to_their_fields_and_nothing_is_written(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider);
        var admin = await host.AdminClientAsync();
        using var refused = await admin.PostFormAsync(NewArticle, NewArticle,
        [
            new("Title", ""), new("Slug", "a/b"), new("Culture", "ja"), new("Fields.summary", " "),
            new("Fields.startDate", "2024-13-45"), new("Fields.order", "たくさん"), new("Fields.scheme", "unknown"),
            new("Fields.sourceUrl", "javascript:alert(1)"), new("Fields.related", "missing-item"),
            new("Fields.schedule[0].label", ""), new("Fields.schedule[0].value", "7月"),
            new("submit", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        foreach (var (id, message) in new[]
        {
            ("Title", "タイトルを入力してください"),
            ("Slug", "URL名は文字（日本語可）・数字・ハイフンで"),
            ("Fields_summary", "「概要」を入力してください"),
            ("Fields_startDate", "「開始日」は 2024-04-01 のように"),
            ("Fields_order", "「順番」は数値で入力してください"),
            ("Fields_scheme", "「連携の形」は選択肢から選んでください"),
            ("Fields_sourceUrl", "「出典URL」は https:// で始まるURLか"),
            ("Fields_related", "「関連記事」で選んだコンテンツが見つかりません"),
            ("Fields_schedule_0__label", "1行目：「項目」を入力してください"),
        })
        {
            Assert.Matches($"<p class=\"field-error\" id=\"{id}-error\">[^<]*{Regex.Escape(message)}", html);
            Assert.Contains($"aria-describedby=\"{id}-error", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"#{id}\"", html, StringComparison.Ordinal);
        }

        // What was typed stays in the form.
        Assert.Contains("value=\"2024-13-45\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"7月\"", html, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        Assert.Equal(0, await db.Items.CountAsync());
        Assert.Equal(0, await db.IndexingTasks.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Japanese_slugs_are_accepted_once_per_type_and_language_and_site_paths_are_refused_at_the_root(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        const string newGuide = "/admin/contents/new/TestGuide";
        using var first = await admin.PostFormAsync(newGuide, newGuide, GuideForm("公民連携デスク", "公民連携デスク", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var duplicate = await admin.PostFormAsync(newGuide, newGuide, GuideForm("別のページ", "公民連携デスク", "ja"));
        Assert.Contains("この種類・言語では、このURL名は既に使われています", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var otherCulture = await admin.PostFormAsync(newGuide, newGuide, GuideForm("Desk", "公民連携デスク", "en"));
        Assert.Equal(HttpStatusCode.Redirect, otherCulture.StatusCode);

        foreach (var reserved in new[] { "admin", "search", "preview", "test-articles" })
        {
            using var refused = await admin.PostFormAsync(newGuide, newGuide, GuideForm("予約語", reserved, "ja"));
            Assert.Contains($"「{reserved}」はサイトで使われているため", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Under a type's own prefix the same word is an ordinary slug (/test-articles/search).
        using var prefixed = await admin.PostFormAsync(NewArticle, NewArticle,
            [new("Title", "検索について"), new("Slug", "search"), new("Culture", "ja"), new("Fields.summary", "概要"), new("submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, prefixed.StatusCode);

        // An empty URL name is made from the title.
        using var fromTitle = await admin.PostFormAsync(newGuide, newGuide, GuideForm("ネーミングライツ 制度", "", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, fromTitle.StatusCode);
        Assert.Contains("value=\"ネーミングライツ-制度\"", await admin.GetStringAsync(fromTitle.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    internal static KeyValuePair<string, string>[] GuideForm(string title, string slug, string culture, string submit = "draft") =>
        [new("Title", title), new("Slug", slug), new("Culture", culture), new("Fields.body", "本文"), new("submit", submit)];

    internal static async Task<ContentItemView?> PublishedAsync(ContentsTestHost host, string id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync(id, CancellationToken.None);
    }

    internal static string IdOf(HttpResponseMessage response) =>
        EditUrl().Match(response.Headers.Location?.OriginalString ?? string.Empty).Groups[1].Value;

    [GeneratedRegex("^/admin/contents/([a-z0-9-]+)/edit$")]
    internal static partial Regex EditUrl();
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The content kernel through its services: versions, publication, translations, tasks, schedule, recipe.
/// Tests that look only at their own items share a host per provider; those that count every item or task
/// start their own.
/// </summary>
public sealed class ContentsKernelTests(SharedContentsHosts hosts) : IClassFixture<SharedContentsHosts>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_is_invisible_until_published_and_gone_again_after_unpublishing(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var item = await CreateAsync(host, "lightblue", "ライトブルー歩行者計測", Publication.Draft);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            Assert.Null(await query.GetPublishedByIdAsync(item, None));
            Assert.Null(await query.GetPublishedAsync(TestContentTypes.Article, "ja", "lightblue", None));
            Assert.DoesNotContain(await query.ListPublishedAsync(TestContentTypes.Article, "ja", None), i => i.ContentItemId == item);
            await PublishAsync(scope.ServiceProvider, item);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            var published = await query.GetPublishedAsync(TestContentTypes.Article, "ja", "lightblue", None);
            Assert.NotNull(published);
            Assert.Equal(ContentStatus.Published, published.Status);
            Assert.Equal("<p><strong>本文</strong></p>\n", published.Html["body"]);
            Assert.Single(await query.ListPublishedAsync(TestContentTypes.Article, "ja", None), i => i.ContentItemId == item);
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            Assert.True(await manager.UnpublishAsync(await FindAsync(scope.ServiceProvider, item), None));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            Assert.Null(await query.GetPublishedByIdAsync(item, None));
            Assert.DoesNotContain(await query.ListPublishedAsync(TestContentTypes.Article, "ja", None), i => i.ContentItemId == item);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editing_a_published_item_makes_a_draft_while_the_public_keeps_the_published_version(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var id = await CreateAsync(host, "nebuta", "ねぶた実証", new Publication(PublishAction.Publish));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var item = await FindAsync(scope.ServiceProvider, id);
            var edit = Edit("ねぶた実証（改訂）", "nebuta", "改訂した概要");
            await scope.ServiceProvider.GetRequiredService<ContentManager>().SaveAsync(item, edit, null, Publication.Draft, None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            var published = await query.GetPublishedByIdAsync(id, None);
            Assert.Equal("ねぶた実証", published?.Title);
            var item = await FindAsync(scope.ServiceProvider, id);
            Assert.Equal(1, item.PublishedVersion);
            Assert.Equal(2, item.LatestVersion);
            var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
            var draftId = await db.Versions.Where(v => v.ContentItemId == id && v.Number == 2).Select(v => v.Id).SingleAsync();
            var draft = await query.GetVersionForPreviewAsync(draftId, None);
            Assert.Equal("ねぶた実証（改訂）", draft?.Title);
            Assert.Equal(ContentStatus.Draft, draft?.Status);
            Assert.Equal("改訂した概要", draft?.GetText("summary"));
            Assert.NotNull(draft?.PublishedUtc);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restoring_an_old_version_makes_it_the_new_draft_without_touching_the_public_one(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var id = await CreateAsync(host, "hakkoda", "八甲田 v1", Publication.Draft);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await manager.SaveAsync(await FindAsync(scope.ServiceProvider, id), Edit("八甲田 v2", "hakkoda", "二版"), null, new Publication(PublishAction.Publish), None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
            var first = await db.Versions.SingleAsync(v => v.ContentItemId == id && v.Number == 1);
            await scope.ServiceProvider.GetRequiredService<ContentManager>().RestoreAsync(await FindAsync(scope.ServiceProvider, id), first, null, None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
            var versions = await db.Versions.Where(v => v.ContentItemId == id).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
            Assert.Equal("八甲田 v1", versions[2].Title);
            Assert.Equal(VersionStatus.Draft, versions[2].Status);
            var item = await FindAsync(scope.ServiceProvider, id);
            Assert.Equal(3, item.LatestVersion);
            Assert.Equal(2, item.PublishedVersion);
            Assert.Equal("八甲田 v2", (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync(id, None))?.Title);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Translations_share_a_group_and_are_listed_together_once_published(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var ja = await CreateAsync(host, "upcycle", "アップサイクル", new Publication(PublishAction.Publish));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(
                "upcycle-en", TestContentTypes.Article, "en", ja, Edit("Upcycling", "upcycle", "Summary"), null, new Publication(PublishAction.Publish), None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            var en = await query.GetPublishedAsync(TestContentTypes.Article, "en", "upcycle", None);
            Assert.Equal(ja, en?.TranslationGroupId);
            var translations = await query.GetPublishedTranslationsAsync(ja, None);
            Assert.Equal(["ja", "en"], translations.Select(t => t.Culture));
            Assert.Equal([ja, "upcycle-en"], translations.Select(t => t.ContentItemId));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_change_writes_exactly_one_indexing_task_and_a_failed_save_writes_none(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider);
        var id = await CreateAsync(host, "tasks", "タスク", Publication.Draft);
        Assert.Equal(1, await TaskCountAsync(host, id));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await PublishAsync(scope.ServiceProvider, id);
        }

        Assert.Equal(2, await TaskCountAsync(host, id));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await manager.SaveAsync(await FindAsync(scope.ServiceProvider, id), Edit("タスク2", "tasks", "概要2"), null, Publication.Draft, None);
        }

        Assert.Equal(3, await TaskCountAsync(host, id));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(await FindAsync(scope.ServiceProvider, id), None));
        }

        Assert.Equal(4, await TaskCountAsync(host, id));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Nothing to withdraw: no change, no task.
            Assert.False(await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(await FindAsync(scope.ServiceProvider, id), None));
        }

        Assert.Equal(4, await TaskCountAsync(host, id));
        var other = await CreateAsync(host, "other", "別の記事", Publication.Draft);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // The database refuses a second item with the same type, culture and slug: the whole save rolls back.
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var second = await FindAsync(scope.ServiceProvider, other);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
                manager.SaveAsync(second, Edit("衝突", "tasks", "概要"), null, new Publication(PublishAction.Publish), None));
        }

        Assert.Equal(1, await TaskCountAsync(host, other));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
            Assert.Equal(1, await db.Versions.CountAsync(v => v.ContentItemId == other));
            Assert.Null((await db.Items.SingleAsync(i => i.ContentItemId == other)).PublishedVersion);
            await scope.ServiceProvider.GetRequiredService<ContentManager>().DeleteAsync(await FindAsync(scope.ServiceProvider, id), None);
        }

        Assert.Equal(5, await TaskCountAsync(host, id));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentsDbContext>().Versions.CountAsync(v => v.ContentItemId == id));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<IContentIndexingSource>();
            var tasks = await source.GetTasksAfterAsync(0, 100, None);
            Assert.Equal(6, tasks.Count);
            Assert.Equal(tasks[^1].Id, await source.GetLatestTaskIdAsync(None));
            var entries = await source.GetEntriesAsync([id, other], None);
            Assert.Null(entries[0].Latest);
            Assert.Null(entries[0].Published);
            Assert.Equal("別の記事", entries[1].Latest?.Title);
            Assert.Equal(1, await source.CountItemsAsync(None));
            var all = new List<ContentIndexEntry>();
            await foreach (var entry in source.ReadAllAsync(None))
            {
                all.Add(entry);
            }

            Assert.Equal([other], all.Select(e => e.ContentItemId));
            Assert.Null(all[0].Published);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_scheduled_publication_becomes_visible_after_the_scheduler_runs_and_expires_later(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var now = DateTime.UtcNow;
        var publishAt = now.AddHours(1);
        var expireAt = now.AddHours(3);
        var id = await CreateAsync(host, "scheduled", "予約公開", new Publication(PublishAction.Schedule, publishAt, expireAt));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A later draft (perhaps by someone who may not publish) is not what was scheduled.
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await manager.SaveAsync(await FindAsync(scope.ServiceProvider, id), Edit("予約後の下書き", "scheduled", "後で"), null, Publication.Draft, None);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await ContentScheduler.RunDueAsync(scope.ServiceProvider, now, None));
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync(id, None));
            Assert.Equal(1, await ContentScheduler.RunDueAsync(scope.ServiceProvider, publishAt.AddMinutes(1), None));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal("予約公開", (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync(id, None))?.Title);
            var item = await FindAsync(scope.ServiceProvider, id);
            Assert.Equal<(int?, int, int?, DateTime?)>((1, 2, null, null), (item.PublishedVersion, item.LatestVersion, item.ScheduledVersion, item.PublishAtUtc));
            Assert.Equal(3, await TaskCountAsync(host, id));

            // Another node running the same tick finds nothing left to do.
            Assert.Equal(0, await ContentScheduler.RunDueAsync(scope.ServiceProvider, publishAt.AddMinutes(1), None));
            Assert.Equal(1, await ContentScheduler.RunDueAsync(scope.ServiceProvider, expireAt.AddMinutes(1), None));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync(id, None));
            Assert.Equal(4, await TaskCountAsync(host, id));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_content_recipe_step_imports_items_once_and_leaves_them_as_editors_made_them(string provider)
    {
        await using var host = await ContentsTestHost.StartAsync(provider);
        var folder = Directory.CreateTempSubdirectory("oca-recipe-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "content", "ja"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "content", "ja", "case.md"), "## 背景\n\n本文です。");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "content", "articles.json"), """
                [
                  { "id": "case-aomori-lightblue", "type": "TestArticle", "culture": "ja", "slug": "lightblue-ai-pedestrian-count",
                    "title": "AIによる歩行者通行量計測", "published": true, "publishedUtc": "2023-07-01T00:00:00Z",
                    "fields": { "summary": "概要", "body": { "file": "content/ja/case.md" }, "partners": ["株式会社LightblueTechnology"],
                                "startDate": "２０２３／６／２３", "order": "１２", "scheme": "pilot",
                                "schedule": [ { "label": "作品制作者募集", "value": "令和5年7月5日～30日" } ] } },
                  { "id": "case-aomori-lightblue-en", "type": "TestArticle", "culture": "en", "slug": "lightblue-ai-pedestrian-count",
                    "title": "AI pedestrian counting", "translationOf": "case-aomori-lightblue", "published": false,
                    "fields": { "summary": "Summary" } }
                ]
                """);
            using var step = JsonDocument.Parse("""{ "name": "content", "files": ["content/articles.json"], "items": [ { "id": "guide-desk", "type": "TestGuide", "slug": "公民連携デスク", "title": "デスク", "published": true, "fields": { "body": "本文" } } ] }""");
            await RunStepAsync(host, step.RootElement, folder.FullName);

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
                var item = await query.GetPublishedAsync(TestContentTypes.Article, "ja", "lightblue-ai-pedestrian-count", None);
                Assert.NotNull(item);
                Assert.Equal(new DateTime(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc), item.PublishedUtc);
                Assert.Equal(new DateOnly(2023, 6, 23), item.GetDate("startDate"));
                Assert.Equal(12m, item.Fields["order"].GetDecimal());
                Assert.Contains("<h2>背景</h2>", item.Html["body"], StringComparison.Ordinal);
                Assert.Equal("令和5年7月5日～30日", item.Fields.GetGroup("schedule").Single().GetText("value"));
                Assert.Null(await query.GetPublishedByIdAsync("case-aomori-lightblue-en", None));
                Assert.NotNull(await query.GetPublishedAsync(TestContentTypes.Guide, "ja", "公民連携デスク", None));
                var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
                Assert.Equal("case-aomori-lightblue", (await db.Items.SingleAsync(i => i.ContentItemId == "case-aomori-lightblue-en")).TranslationGroupId);

                var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
                await manager.SaveAsync(await FindAsync(scope.ServiceProvider, "guide-desk"), new ContentEdit("編集者のタイトル", "公民連携デスク", Fields(("body", "編集後"))), null, new Publication(PublishAction.Publish), None);
            }

            var tasksBefore = await TaskCountAsync(host, null);
            await RunStepAsync(host, step.RootElement, folder.FullName);

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
                Assert.Equal(3, await db.Items.CountAsync());
                Assert.Equal("編集者のタイトル", (await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByIdAsync("guide-desk", None))?.Title);
                Assert.Equal(tasksBefore, await TaskCountAsync(host, null));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static Dictionary<string, JsonElement> Fields(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal);

    private static ContentEdit Edit(string title, string slug, string summary) =>
        new(title, slug, Fields(("summary", summary), ("body", "**本文**")));

    private static async Task<string> CreateAsync(ContentsTestHost host, string slug, string title, Publication publication)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(null, TestContentTypes.Article, "ja", null, Edit(title, slug, "概要"), null, publication, None);
        return item.ContentItemId;
    }

    private static async Task PublishAsync(IServiceProvider services, string id) =>
        Assert.True(await services.GetRequiredService<ContentManager>().PublishAsync(await FindAsync(services, id), None));

    private static async Task<ContentItem> FindAsync(IServiceProvider services, string id) =>
        await services.GetRequiredService<ContentsDbContext>().Items.SingleAsync(i => i.ContentItemId == id);

    private static async Task<int> TaskCountAsync(ContentsTestHost host, string? id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        return await db.IndexingTasks.CountAsync(t => id == null || t.ContentItemId == id);
    }

    private static async Task RunStepAsync(ContentsTestHost host, JsonElement step, string folder)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "content");
        await content.ExecuteAsync(new RecipeStepContext(step, folder), None);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>The indexing-task table and the current state of items, for search indexes on every node.</summary>
internal sealed class ContentIndexingSource(ContentsDbContext db) : IContentIndexingSource
{
    private const int BatchSize = 500;

    public async Task<IReadOnlyList<ContentIndexingTask>> GetTasksAfterAsync(long afterTaskId, int max, CancellationToken cancellationToken) =>
        await db.IndexingTasks.AsNoTracking()
            .Where(t => t.Id > afterTaskId)
            .OrderBy(t => t.Id)
            .Take(max)
            .Select(t => new ContentIndexingTask(t.Id, t.ContentItemId, t.CreatedUtc))
            .ToListAsync(cancellationToken);

    public async Task<long> GetLatestTaskIdAsync(CancellationToken cancellationToken) =>
        await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<ContentIndexEntry>> GetEntriesAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.ContentItemId)).ToListAsync(cancellationToken);
        var entries = (await ToEntriesAsync(items, cancellationToken)).ToDictionary(e => e.ContentItemId, StringComparer.Ordinal);
        return ids.Select(id => entries.GetValueOrDefault(id) ?? new ContentIndexEntry(id, null, null)).ToList();
    }

    public async IAsyncEnumerable<ContentIndexEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var query = db.Items.AsNoTracking();
            if (after is not null)
            {
                query = query.Where(i => string.Compare(i.ContentItemId, after) > 0);
            }

            var batch = await query.OrderBy(i => i.ContentItemId).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var entry in await ToEntriesAsync(batch, cancellationToken))
            {
                yield return entry;
            }

            after = batch[^1].ContentItemId;
            db.ChangeTracker.Clear();
        }
    }

    public Task<int> CountItemsAsync(CancellationToken cancellationToken) => db.Items.CountAsync(cancellationToken);

    private async Task<IReadOnlyList<ContentIndexEntry>> ToEntriesAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.ContentItemId).ToList();
        var versions = (await db.Versions.AsNoTracking()
                .Where(v => ids.Contains(v.ContentItemId))
                .Join(db.Items, v => v.ContentItemId, i => i.ContentItemId, (v, i) => new { Version = v, Item = i })
                .Where(x => x.Version.Number == x.Item.LatestVersion || x.Version.Number == x.Item.PublishedVersion)
                .Select(x => x.Version)
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.ContentItemId, v.Number));
        return items.Select(i =>
        {
            var latest = versions.TryGetValue((i.ContentItemId, i.LatestVersion), out var l) ? ContentViews.Create(i, l) : null;
            var published = i.PublishedVersion is { } p && versions.TryGetValue((i.ContentItemId, p), out var pv)
                ? (p == i.LatestVersion ? latest : ContentViews.Create(i, pv))
                : null;
            return new ContentIndexEntry(i.ContentItemId, published, latest);
        }).ToList();
    }
}

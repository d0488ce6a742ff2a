namespace OpenCityAomori.Core.Content;

/// <summary>
/// The indexing-task table, read by search indexes. Every change to an item (save, publish, unpublish,
/// delete, scheduled publication or expiry) appends a task in the same transaction. A node applies
/// tasks past its own checkpoint by re-reading the items' current state (<see cref="GetEntriesAsync"/>).
/// </summary>
public interface IContentIndexingSource
{
    Task<IReadOnlyList<ContentIndexingTask>> GetTasksAfterAsync(long afterTaskId, int max, CancellationToken cancellationToken);

    /// <summary>Id of the newest task, 0 when there is none; a rebuild starts its checkpoint here.</summary>
    Task<long> GetLatestTaskIdAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ContentIndexEntry>> GetEntriesAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>Every item that exists, in batches, for a full rebuild.</summary>
    IAsyncEnumerable<ContentIndexEntry> ReadAllAsync(CancellationToken cancellationToken);

    Task<int> CountItemsAsync(CancellationToken cancellationToken);
}

public sealed record ContentIndexingTask(long Id, string ContentItemId, DateTime CreatedUtc);

/// <summary>Current state of an item: its published version (public search) and its latest version
/// (editors' search over drafts). Both null: the item was deleted.</summary>
public sealed record ContentIndexEntry(string ContentItemId, ContentItemView? Published, ContentItemView? Latest);

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the indexing-task table: every interval it reads the tasks past
/// its checkpoint, re-reads those items and replaces their documents. A new or empty index (or one whose
/// checkpoint is ahead of the database, i.e. another database) is rebuilt first.
/// </summary>
internal sealed class SearchSyncService(
    IServiceScopeFactory scopes,
    SearchIndexManager indexes,
    SearchRebuilder rebuilder,
    IFeatureManager features,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchSyncService> logger) : ModuleBackgroundWork(scopes, features, clock, logger)
{
    internal const int BatchSize = 500;
    private readonly CheckpointTracker _tracker = new(clock, TimeSpan.FromSeconds(options.Value.GapTimeoutSeconds));
    private SearchIndex? _trackedIndex;
    private bool _verified;

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(50, options.Value.SyncIntervalMilliseconds));

    protected override bool RunsAtStart => true;

    /// <summary>Applies batches until one is not full, so a backlog is read without waiting between batches.</summary>
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        int read;
        do
        {
            read = await SyncOnceAsync(services, cancellationToken);
        }
        while (read >= BatchSize);
    }

    /// <summary>Applies the next batch of tasks; returns how many tasks were read.</summary>
    internal async Task<int> SyncOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<IContentIndexingSource>();
        var index = indexes.Current;
        if (index.Checkpoint is not { } checkpoint || (!_verified && checkpoint > await source.GetLatestTaskIdAsync(cancellationToken)))
        {
            await rebuilder.StartAsync(automatic: true);
            _verified = true;
            return 0;
        }

        _verified = true;
        if (_trackedIndex != index)
        {
            _trackedIndex = index;
            _tracker.Reset(checkpoint);
        }

        var tasks = (await source.GetTasksAfterAsync(_tracker.ReadFrom, BatchSize, cancellationToken)).ToList();
        if (_tracker.WaitingForGap)
        {
            tasks.AddRange(await source.GetTasksAfterAsync(_tracker.Checkpoint, BatchSize, cancellationToken));
        }

        var pending = tasks.Where(t => _tracker.IsPending(t.Id)).DistinctBy(t => t.Id).ToList();
        var ids = pending.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var entries = ids.Count == 0 ? [] : await source.GetEntriesAsync(ids, cancellationToken);
        var types = ids.Count == 0 ? null : await ContentTypes.GetAsync(services, cancellationToken);

        await indexes.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (indexes.Current != index)
            {
                return 0; // a rebuild was swapped in meanwhile; start again from its checkpoint
            }

            if (types is not null)
            {
                index.Apply(ids, entries, types);
            }

            if (_tracker.MarkApplied(pending.Select(t => t.Id)) || ids.Count > 0)
            {
                index.Commit(_tracker.Checkpoint);
            }
        }
        finally
        {
            indexes.WriteLock.Release();
        }

        return tasks.Count;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    ILogger<SearchSyncService> logger) : BackgroundService
{
    internal const int BatchSize = 500;
    private readonly CheckpointTracker _tracker = new(clock, TimeSpan.FromSeconds(options.Value.GapTimeoutSeconds));
    private SearchIndex? _trackedIndex;
    private bool _verified;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.SyncIntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var applied = 0;
            try
            {
                if (features.IsEnabled(SearchModule.Id))
                {
                    applied = await SyncOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Search index synchronisation failed; retrying");
            }

            if (applied < BatchSize)
            {
                try
                {
                    await Task.Delay(interval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Applies the next batch of tasks; returns how many tasks were read.</summary>
    internal async Task<int> SyncOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetService<IContentIndexingSource>();
        if (source is null)
        {
            return 0;
        }

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
        var types = ids.Count == 0 ? null : await ContentTypes.GetAsync(scope.ServiceProvider, cancellationToken);

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

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>Progress of the last full rebuild on this node.</summary>
internal sealed record RebuildStatus(bool Running, int Processed, int Total, DateTime? StartedUtc, DateTime? FinishedUtc, string? Error);

/// <summary>
/// Full rebuild: every item is read into a fresh index generation in the background, which is then swapped
/// in. Searches keep using the old generation (still kept up to date by the sync service) meanwhile.
/// </summary>
internal sealed class SearchRebuilder(
    IServiceScopeFactory scopes,
    SearchIndexManager indexes,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<SearchRebuilder> logger) : IAsyncDisposable
{
    /// <summary>Tasks this far behind the newest are applied again after a rebuild, covering transactions still in flight when it began.</summary>
    internal const int ReplayedTasks = 100;

    private readonly Lock _lock = new();
    private Task? _running;
    private volatile RebuildStatus _status = new(false, 0, 0, null, null, null);

    public RebuildStatus Status => _status;

    /// <summary>How long an automatic rebuild (of a new or unusable index) waits after one that failed.</summary>
    internal static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Starts a rebuild unless one is running; either way returns the rebuild in progress. An
    /// <paramref name="automatic"/> start does nothing for a while after a rebuild failed.
    /// </summary>
    public Task StartAsync(bool automatic = false)
    {
        lock (_lock)
        {
            if (_running is { IsCompleted: false } running)
            {
                return running;
            }

            if (automatic && _status is { Error: not null, FinishedUtc: { } failed } && clock.GetUtcNow().UtcDateTime - failed < RetryAfterFailure)
            {
                return Task.CompletedTask;
            }

            _status = new(true, 0, 0, clock.GetUtcNow().UtcDateTime, null, null);
            _running = Task.Run(() => RunAsync(lifetime.ApplicationStopping));
            return _running;
        }
    }

    /// <summary>
    /// At shutdown (the rebuild has seen ApplicationStopping) waits for it to stop writing, so nothing
    /// touches the index folder after the host is gone.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task? running;
        lock (_lock)
        {
            running = _running;
        }

        if (running is not null)
        {
            try
            {
                await running.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                logger.LogWarning("Search index rebuild still running at shutdown");
            }
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        SearchIndex? fresh = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<IContentIndexingSource>();
            var types = await ContentTypes.GetAsync(scope.ServiceProvider, cancellationToken);
            var checkpoint = Math.Max(0, await source.GetLatestTaskIdAsync(cancellationToken) - ReplayedTasks);
            var total = await source.CountItemsAsync(cancellationToken);
            _status = _status with { Total = total };
            fresh = indexes.CreateGeneration();
            var processed = 0;
            await foreach (var entry in source.ReadAllAsync(cancellationToken))
            {
                fresh.Add(entry, types);
                if (++processed % 50 == 0 || processed == total)
                {
                    _status = _status with { Processed = processed, Total = Math.Max(total, processed) };
                }
            }

            fresh.Optimize();
            fresh.Commit(checkpoint);
            await indexes.WriteLock.WaitAsync(cancellationToken);
            try
            {
                indexes.Swap(fresh);
            }
            finally
            {
                indexes.WriteLock.Release();
            }

            logger.LogInformation("Search index rebuilt: {Count} items", processed);
            _status = _status with { Running = false, Processed = processed, FinishedUtc = clock.GetUtcNow().UtcDateTime };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Search index rebuild failed");
            _status = _status with { Running = false, FinishedUtc = clock.GetUtcNow().UtcDateTime, Error = ex.Message };
            if (fresh is not null && fresh != indexes.Current)
            {
                indexes.Discard(fresh);
            }
        }
        catch (OperationCanceledException)
        {
            _status = _status with { Running = false };
            if (fresh is not null && fresh != indexes.Current)
            {
                indexes.Discard(fresh);
            }
        }
    }
}

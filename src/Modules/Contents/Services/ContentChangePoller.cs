using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Keeps this node's caches coherent with changes made by other nodes sharing the database: every change
/// writes an indexing task (and field definitions live in their own table), so when the newest task or
/// the set of extra fields moved, the memory caches and the public output cache are evicted.
/// </summary>
internal sealed class ContentChangePoller(IServiceScopeFactory scopes, ContentCache cache, TimeProvider clock, ILogger<ContentChangePoller> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private (long Task, long Field, int Fields)? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "Content change poll failed");
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var stamp = (
            await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0,
            await db.ExtraFields.MaxAsync(f => (long?)f.Id, cancellationToken) ?? 0,
            await db.ExtraFields.CountAsync(cancellationToken));
        // The first poll evicts too: entries cached before it were never compared with any stamp.
        if (_seen != stamp)
        {
            await cache.EvictAsync(cancellationToken);
        }

        _seen = stamp;
    }
}

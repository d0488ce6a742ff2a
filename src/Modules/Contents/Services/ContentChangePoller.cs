using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Keeps this node's caches coherent with changes made by other nodes sharing the database: every change
/// writes an indexing task (and field definitions live in their own table), so when the newest task or
/// the set of extra fields moved, the memory caches and the public output cache are evicted.
/// </summary>
internal sealed class ContentChangePoller(IServiceScopeFactory scopes, IFeatureManager features, ContentCache cache, TimeProvider clock, ILogger<ContentChangePoller> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private (long Task, long Field, int Fields)? _seen;

    protected override TimeSpan Interval => PollInterval;

    protected override LogLevel FailureLogLevel => LogLevel.Debug;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentsDbContext>();
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

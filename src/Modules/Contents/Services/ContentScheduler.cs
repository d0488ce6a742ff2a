using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Publishes items whose publication time came and withdraws those that expired. Every node runs it;
/// the item's schedule columns are concurrency tokens, so only one node's change commits.
/// </summary>
internal sealed class ContentScheduler(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<ContentScheduler> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    public static readonly TimeSpan ScheduleInterval = TimeSpan.FromSeconds(20);

    /// <summary>Applies what is due at <paramref name="nowUtc"/>; returns how many items changed.</summary>
    public static async Task<int> RunDueAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ContentsDbContext>();
        var manager = services.GetRequiredService<ContentManager>();
        var due = await db.Items.AsNoTracking()
            .Where(i => i.PublishAtUtc <= nowUtc || i.ExpireAtUtc <= nowUtc)
            .OrderBy(i => i.ContentItemId)
            .Select(i => i.ContentItemId)
            .Take(200)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            if (await db.Items.FindAsync([id], cancellationToken) is { } item && await manager.ApplyDueAsync(item, nowUtc, cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    protected override TimeSpan Interval => ScheduleInterval;

    // While the module is off nothing is published or withdrawn; what fell due meanwhile runs on enabling.
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var count = await RunDueAsync(services, Clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (count > 0)
        {
            Logger.LogInformation("Scheduled publication: {Count} item(s) published or withdrawn", count);
        }
    }
}

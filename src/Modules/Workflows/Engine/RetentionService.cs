using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Deletes finished (completed or cancelled) instances older than <c>Workflows:RetentionDays</c>, with
/// their history, tasks and waits, in batches, and received-event records of the same age.
/// </summary>
internal sealed class RetentionService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<WorkflowOptions> options, IFeatureManager features, ILogger<RetentionService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    public static readonly TimeSpan RetentionInterval = TimeSpan.FromHours(1);
    private const int BatchSize = 500;

    /// <summary>Trims everything older than the retention period, in the given (the tick's) scope; returns how many instances were deleted.</summary>
    public async Task<int> TrimAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = Clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var db = services.GetRequiredService<WorkflowsDbContext>();
        var total = 0;
        while (true)
        {
            var ids = await db.Instances.AsNoTracking()
                .Where(i => (i.Status == InstanceStatus.Completed || i.Status == InstanceStatus.Cancelled) && i.CompletedUtc < cutoff)
                .OrderBy(i => i.CompletedUtc)
                .Select(i => i.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.History.Where(h => ids.Contains(h.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Tasks.Where(t => ids.Contains(t.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Waits.Where(w => ids.Contains(w.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            total += await db.Instances.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await db.ReceivedEvents.Where(e => e.ReceivedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        return total;
    }

    protected override TimeSpan Interval => RetentionInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var count = await TrimAsync(services, cancellationToken);
        if (count > 0)
        {
            Logger.LogInformation("Workflow retention: {Count} finished instance(s) deleted", count);
        }
    }
}

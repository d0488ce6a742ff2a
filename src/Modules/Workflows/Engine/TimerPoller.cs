using System.Collections.Concurrent;
using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Every node polls due timer and retry rows every <c>Workflows:TimerPollSeconds</c>. Polling is done
/// under a distributed lock (a PostgreSQL advisory lock; in-process on SQLite, whose single writer
/// serialises nodes anyway), and each row is claimed by deleting it in its firing transaction, so a
/// timer fires once even if two nodes see it.
/// </summary>
internal sealed class TimerPoller(
    IServiceScopeFactory scopes,
    WorkflowStepRunner steps,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    IOptions<DatabaseOptions> database,
    IFeatureManager features,
    ILogger<TimerPoller> logger) : ModuleBackgroundWork(scopes, features, clock, logger)
{
    private const int BatchSize = 200;
    // One lock per SQLite database: hosts of the same process on one file (tests' "two nodes") share it,
    // hosts on different files do not block each other.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LocalLocks = new(StringComparer.Ordinal);

    /// <summary>
    /// Fires what is due now; returns how many rows fired. The due rows are read in the given (the
    /// tick's) scope; each firing is its own unit of work in the step runner's scope.
    /// </summary>
    public async Task<int> FireDueAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WorkflowsDbContext>();
        await using var handle = await AcquireAsync(cancellationToken);
        if (handle is null)
        {
            return 0;
        }

        var fired = 0;
        List<WorkflowWait> due;
        int firedInBatch;
        do
        {
            firedInBatch = 0;
            var now = Clock.GetUtcNow().UtcDateTime;
            due = await db.Waits.AsNoTracking()
                .Where(w => w.DueUtc != null && w.DueUtc <= now && w.Kind != WaitKind.Message)
                .OrderBy(w => w.DueUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

            foreach (var wait in due)
            {
                try
                {
                    if (await FireAsync(wait, cancellationToken))
                    {
                        fired++;
                        firedInBatch++;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logger.LogError(ex, "Workflow timer {WaitId} of instance {InstanceId} failed to fire", wait.Id, wait.InstanceId);
                }
            }
        }
        // A full batch of timers that all failed would come back first again: wait for the next poll.
        while (due.Count == BatchSize && firedInBatch > 0 && !cancellationToken.IsCancellationRequested);

        return fired;
    }

    private Task<bool> FireAsync(WorkflowWait wait, CancellationToken cancellationToken) =>
        steps.RunAsync(async (engine, ct) =>
        {
            if (!await engine.ClaimWaitAsync(wait.Id, ct))
            {
                return new StepOutcome<bool>(false, Commit: false);
            }

            var run = await engine.LoadAsync(wait.InstanceId, ct);
            if (run is not null)
            {
                await engine.FireAsync(run, wait, ct);
            }

            return new(true);
        }, cancellationToken);

    private async Task<IAsyncDisposable?> AcquireAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            var distributedLock = new PostgresDistributedLock(new PostgresAdvisoryLockKey("oca-workflows-timers", allowHashing: true), database.Value.ConnectionString!);
            return await distributedLock.TryAcquireAsync(TimeSpan.Zero, cancellationToken);
        }

        var localLock = LocalLocks.GetOrAdd(database.Value.ConnectionString ?? "", _ => new SemaphoreSlim(1, 1));
        return await localLock.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Releaser(localLock) : null;
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(0.05, options.Value.TimerPollSeconds));

    // A disabled module's timers wait, due, until it is enabled again (the base idles meanwhile).
    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => FireDueAsync(services, cancellationToken);

    private sealed class Releaser(SemaphoreSlim localLock) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            localLock.Release();
            return ValueTask.CompletedTask;
        }
    }
}

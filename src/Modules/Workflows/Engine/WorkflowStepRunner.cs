using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Workflows.Data;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>What a step's body decided: commit its work, or roll it back (e.g. a duplicate event).</summary>
internal sealed record StepOutcome<T>(T Value, bool Commit = true);

/// <summary>
/// Runs one step of work in its own service scope and ONE database transaction, published as the
/// <see cref="AmbientTransaction"/> so activities' writes (outbox, notifications) commit with it.
/// A step that lost an optimistic-concurrency race (another node moved the instance) is re-run.
/// </summary>
internal sealed class WorkflowStepRunner(IServiceScopeFactory scopes, ILogger<WorkflowStepRunner> logger)
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(Func<WorkflowEngine, CancellationToken, Task<StepOutcome<T>>> body, CancellationToken cancellationToken, AmbientTransaction? outer = null)
    {
        if (outer?.Current is not null)
        {
            return await RunInOuterAsync(body, outer, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
            var ambient = scope.ServiceProvider.GetRequiredService<AmbientTransaction>();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                StepOutcome<T> outcome;
                using (ambient.Use(transaction))
                {
                    outcome = await body(engine, cancellationToken);
                    if (outcome.Commit)
                    {
                        await db.SaveChangesAsync(cancellationToken);
                    }
                }

                if (outcome.Commit)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                return outcome.Value;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsRace(ex))
            {
                logger.LogDebug("Workflow step lost a concurrency race; retrying (attempt {Attempt})", attempt);
                await transaction.RollbackAsync(CancellationToken.None);
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt * Random.Shared.Next(1, 4)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// The caller is inside its own unit of work (e.g. a module saving and publishing together): the
    /// step joins that transaction and the caller commits; a second connection would wait on SQLite's lock.
    /// </summary>
    private async Task<T> RunInOuterAsync<T>(Func<WorkflowEngine, CancellationToken, Task<StepOutcome<T>>> body, AmbientTransaction outer, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var ambient = scope.ServiceProvider.GetRequiredService<AmbientTransaction>();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        outer.Enlist(db);
        using (ambient.Use(db.Database.CurrentTransaction!))
        {
            var outcome = await body(engine, cancellationToken);
            if (outcome.Commit)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return outcome.Value;
        }
    }

    /// <summary>Lost races: a stale instance revision, or PostgreSQL's deadlock / serialization failures.</summary>
    internal static bool IsRace(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        DbUpdateException { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}

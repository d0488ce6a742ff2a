using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Publishes events written by a committed transaction: right after the commit for that proposal, and
/// every few seconds for whatever failed or was left behind (a crash between commit and publish). The
/// event id makes a second delivery harmless, so an event is retried until the workflows took it.
/// The workflow step joins this context's transaction, so the row is marked published in the same
/// commit as the workflow's start (one write transaction, not two); a failure rolls both back and is
/// recorded on the row for the retry.
/// </summary>
internal sealed class ProposalEventPublisher(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    IModuleCapability<IWorkflowEventPublisher> workflows,
    TimeProvider clock,
    ILogger<ProposalEventPublisher> logger)
{
    private const int Batch = 50;

    public Task PublishForAsync(long proposalId, CancellationToken cancellationToken) =>
        PublishAsync(db.PendingEvents.Where(e => e.PublishedUtc == null && e.ProposalId == proposalId), cancellationToken);

    public Task<int> RetryAsync(CancellationToken cancellationToken) =>
        PublishAsync(db.PendingEvents.Where(e => e.PublishedUtc == null), cancellationToken);

    private async Task<int> PublishAsync(IQueryable<Models.PendingProposalEvent> query, CancellationToken cancellationToken)
    {
        if (workflows.Value is not { } publisher)
        {
            // Workflows is disabled: the events wait and are published once it is enabled again.
            return 0;
        }

        var pending = await query.OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            var attempts = row.Attempts + 1;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                using (ambient.Use(transaction))
                {
                    await publisher.PublishAsync(ProposalEventData.ToWorkflowEvent(row), cancellationToken);
                    (row.PublishedUtc, row.Error, row.Attempts) = (clock.GetUtcNow().UtcDateTime, null, attempts);
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Publishing {Event} of proposal {Proposal} failed; it will be retried", row.Name, row.ProposalId);
                var message = ex.GetType().Name + ": " + ex.Message;
                (row.PublishedUtc, row.Error, row.Attempts) = (null, message.Length > 2000 ? message[..2000] : message, attempts);

                // Rolled back: whatever the context believes it saved, every column is written again.
                db.Entry(row).State = EntityState.Modified;
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return pending.Count;
    }
}

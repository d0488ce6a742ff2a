using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Saves agreements and what follows from a save: the public item put in step and the proposal's progress (実施中, 完了)
/// set through Core. Both follow the commit and are noted on the row first, so a failure is retried by the background work.
/// </summary>
internal sealed class AgreementStore(
    PartnershipDbContext db,
    AgreementPublication publication,
    IModuleCapability<IProposalUpdates> proposals,
    TimeProvider clock,
    ILogger<AgreementStore> logger)
{
    private static readonly TimeSpan InlineGrace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    public async Task<Agreement> CreateAsync(ValidAgreement valid, string? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agreement = new Agreement { Status = AgreementStatus.Negotiating, CreatedUtc = now, StatusChangedUtc = now };
        valid.ApplyTo(agreement);
        db.Agreements.Add(agreement);
        await SaveAsync(agreement, userId, cancellationToken);
        return agreement;
    }

    public Task<string?> UpdateAsync(Agreement agreement, ValidAgreement valid, string? userId, CancellationToken cancellationToken)
    {
        valid.ApplyTo(agreement);
        return SaveAsync(agreement, userId, cancellationToken);
    }

    /// <summary>Moves the agreement to <paramref name="to"/> under the status rules; returns the refusal, or null.</summary>
    public async Task<(bool Changed, string? Message)> ChangeStatusAsync(Agreement agreement, AgreementStatus to, DateOnly? signedOn, string? userId, CancellationToken cancellationToken)
    {
        if (AgreementRules.Refusal(agreement, to, agreement.SignedOn ?? signedOn) is { } refusal)
        {
            return (false, refusal);
        }

        agreement.SignedOn ??= signedOn;
        (agreement.Status, agreement.StatusChangedUtc) = (to, clock.GetUtcNow().UtcDateTime);
        if (agreement.HasProposal && AgreementRules.ProgressFor(to) is { } progress)
        {
            agreement.PendingProgress = progress;
        }

        return (true, await SaveAsync(agreement, userId, cancellationToken));
    }

    /// <summary>Saves, then puts the public item in step and sets the proposal's progress; returns the portal's refusal, or null.</summary>
    public async Task<string?> SaveAsync(Agreement agreement, string? userId, CancellationToken cancellationToken)
    {
        agreement.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        if (agreement.Id != 0)
        {
            await publication.MarkAsync(agreement, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (agreement.PublicHash is null && !agreement.PublicationPending)
        {
            // A new agreement has its id only now: its public item is projected from it.
            await publication.MarkAsync(agreement, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await SendProgressAsync(agreement, cancellationToken);
        try
        {
            return await publication.SyncAsync(agreement, userId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The agreement is saved; its public item is retried by the background work.
            logger.LogWarning(e, "The public item of agreement {Agreement} could not be put in step; retried later", agreement.Id);
            return null;
        }
    }

    /// <summary>Background: public items and progress that a request left undone (a failure, a crash between the steps).</summary>
    public async Task<int> RetryPendingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settled = now - InlineGrace;
        var expired = now - ClaimLease;
        var ids = await db.Agreements.AsNoTracking()
            .Where(a => ((a.PublicationPending && a.PublicationError == null) || a.PendingProgress != null) && a.UpdatedUtc < settled
                && (a.PublicationClaimedUtc == null || a.PublicationClaimedUtc < expired))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(20).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in ids)
        {
            // The claim is one conditional update: another node that read the same row finds it taken.
            if (await db.Agreements.Where(a => a.Id == id && (a.PublicationClaimedUtc == null || a.PublicationClaimedUtc < expired))
                .ExecuteUpdateAsync(x => x.SetProperty(a => a.PublicationClaimedUtc, now), cancellationToken) == 0)
            {
                continue;
            }

            var agreement = await db.Agreements.FirstAsync(a => a.Id == id, cancellationToken);
            await SendProgressAsync(agreement, cancellationToken);
            await publication.SyncAsync(agreement, null, cancellationToken);
            if (agreement.PublicationClaimedUtc is not null)
            {
                agreement.PublicationClaimedUtc = null;
                await db.SaveChangesAsync(cancellationToken);
            }

            done++;
        }

        return done;
    }

    private async Task SendProgressAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        if (agreement.PendingProgress is not { } progress || proposals.Value is not { } updates)
        {
            return;
        }

        try
        {
            // False means the proposal is unknown or withdrawn: nothing to retry either way.
            var set = await updates.SetProgressAsync(agreement.ProposalId, progress, cancellationToken);
            logger.LogInformation("Proposal {Proposal} of agreement {Agreement}: progress {Progress} ({Result})", agreement.ProposalId, agreement.Id, progress, set ? "set" : "not applicable");
            agreement.PendingProgress = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The progress of proposal {Proposal} could not be set; retried later", agreement.ProposalId);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Opens proposals by their tracking token, and "send me my link again": every proposal of the address
/// gets a fresh token (the old links stop working) sent to that address only. The caller always answers
/// the same, so nobody learns whether an address is known; requests per address are limited.
/// </summary>
internal sealed class ProposalLinks(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    ProposalEmails emails,
    IOptions<ProposalsOptions> options,
    TimeProvider clock)
{
    public async Task<Proposal?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!TrackingTokens.LooksValid(token))
        {
            return null;
        }

        var hash = TrackingTokens.Hash(token!);
        return await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.TrackingTokenHash == hash, cancellationToken);
    }

    /// <summary>Returns false when the address asked too often (nothing is sent); true otherwise, known or not.</summary>
    public async Task<bool> ResendAsync(string email, string siteOrigin, bool english, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var emailHash = TrackingTokens.HashEmail(email);
        var since = now.AddHours(-1);
        if (await db.LinkRequests.CountAsync(r => r.EmailHash == emailHash && r.RequestedUtc > since, cancellationToken) >= Math.Max(1, options.Value.LinkRequestsPerHour))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            db.LinkRequests.Add(new LinkRequest { EmailHash = emailHash, RequestedUtc = now });
            var lower = email.ToLowerInvariant();
            var proposals = await db.Proposals.Where(p => p.ContactEmail.ToLower() == lower).OrderBy(p => p.Id).Take(50).ToListAsync(cancellationToken);
            var links = new List<(Proposal, string)>();
            foreach (var proposal in proposals)
            {
                var (token, hash) = TrackingTokens.New();
                proposal.TrackingTokenHash = hash;
                links.Add((proposal, ProposalRoutes.TrackingUrl(siteOrigin, token, proposal.Culture)));
            }

            if (links.Count > 0)
            {
                await emails.NewLinksAsync(proposals[0].ContactEmail, links, english, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>One line of a proposal's audit trail, in words: when, who, what was done to what, and which items changed.</summary>
internal sealed record ProposalAuditLine(DateTime OccurredUtc, string Who, string Action, string What, IReadOnlyList<string> Changed);

/// <summary>
/// A proposal's own audit trail (この提案の記録): the records of the proposal, its messages, its 照会 and its
/// disclosure steps. Values of personal and confidential fields were never recorded; this shows which recorded items changed, not their values.
/// </summary>
internal sealed class ProposalAuditHistory(ProposalsDbContext db, IAuditTrail audit)
{
    public const int Max = 200;

    public async Task<IReadOnlyList<ProposalAuditLine>> ForProposalAsync(long proposalId, CancellationToken cancellationToken = default)
    {
        var id = proposalId.ToString(CultureInfo.InvariantCulture);
        var messages = await db.Messages.AsNoTracking().Where(m => m.ProposalId == proposalId).Select(m => m.Id).ToListAsync(cancellationToken);
        var opinions = await db.OpinionRequests.AsNoTracking().Where(o => o.ProposalId == proposalId).Select(o => o.Id).ToListAsync(cancellationToken);
        var consultations = await db.Set<DisclosureConsultation>().AsNoTracking().Where(c => c.ProposalId == proposalId).Select(c => c.Id).ToListAsync(cancellationToken);
        var keys = new List<AuditEntityKey> { new(nameof(Proposal), id), new(nameof(DisclosureRelease), id) };
        keys.AddRange(messages.Select(m => new AuditEntityKey(nameof(ProposalMessage), m.ToString(CultureInfo.InvariantCulture))));
        keys.AddRange(opinions.Select(o => new AuditEntityKey(nameof(OpinionRequest), o.ToString(CultureInfo.InvariantCulture))));
        keys.AddRange(consultations.Select(c => new AuditEntityKey(nameof(DisclosureConsultation), c.ToString(CultureInfo.InvariantCulture))));
        var records = await audit.ForEntitiesAsync(keys, Max, cancellationToken);
        return records.Select(r => new ProposalAuditLine(
            r.OccurredUtc,
            ProposalAuditWords.Who(r.UserName),
            ProposalAuditWords.Action(r.Action),
            ProposalAuditWords.Entity(r.EntityType),
            r.Action == "Updated" ? ProposalAuditWords.Properties(Changed(r.Before, r.After)) : [])).ToList();
    }

    /// <summary>The names of the recorded values that differ between before and after.</summary>
    private static IEnumerable<string> Changed(string? before, string? after)
    {
        var old = Read(before);
        var now = Read(after);
        return now.Keys.Union(old.Keys).Where(k => !(old.TryGetValue(k, out var a) && now.TryGetValue(k, out var b) && a == b)).Order(StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Read(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal)
            : [];
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Workflows;

/// <summary>
/// The one path of acceptance: the proposal's scheme creates its record (an agreement draft, a pilot) through
/// Core, in the step's transaction, and Proposals records that it did. A retried step creates nothing twice:
/// an accepted proposal is not accepted again, and the scheme returns the record it made before.
/// </summary>
internal sealed class AcceptProposalActivity(TimeProvider clock) : IWorkflowActivity
{
    public string Name => "AcceptProposal";

    public LocalizedText DisplayName { get; } = new("提案を受理する（手法の記録を作成）", "Accept the proposal (create the scheme's record)");

    public LocalizedText Description { get; } = new(
        "提案の連携手法のモジュールが、協定の案や実証実験などの記録を作成します（同じ提案で二度作られることはありません）。",
        "The proposal's scheme creates its record (an agreement draft, a pilot); never twice for one proposal.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } = [];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!context.Variables.TryGetValue("proposalId", out var raw) || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ActivityResult.Fault("AcceptProposal needs the variable proposalId (the flow must start on ProposalSubmitted).");
        }

        var db = context.Services.GetRequiredService<ProposalsDbContext>();
        context.Services.GetRequiredService<AmbientTransaction>().Enlist(db);
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return ActivityResult.Fault($"Proposal {id} does not exist.");
        }

        if (proposal.AcceptedUtc is not null)
        {
            context.Log($"{proposal.ReceiptNumber} was accepted already ({proposal.AcceptanceReference}); nothing is created again");
            return ActivityResult.Done();
        }

        var scheme = context.Services.GetRequiredService<ProposalSchemes>().FindEnabled(proposal.Scheme);
        if (scheme is null)
        {
            return ActivityResult.Fault($"The scheme '{proposal.Scheme}' of {proposal.ReceiptNumber} is not enabled: choose a scheme or enable its module, then retry.");
        }

        var organizations = JsonSerializer.Deserialize<List<ProposalOrganization>>(proposal.OrganizationsJson, ProposalJson.Options) ?? [];
        var accepted = await scheme.AcceptAsync(
            new AcceptedProposal(proposal.Id, proposal.ReceiptNumber, proposal.Title, proposal.LeadDepartmentCode,
                [.. organizations.Select(o => new AcceptedOrganization(o.Name, o.CorporateNumber))], proposal.DesiredPeriod, proposal.DesiredPlace),
            context.Services,
            cancellationToken);
        proposal.AcceptedUtc = clock.GetUtcNow().UtcDateTime;
        (proposal.AcceptanceReference, proposal.AcceptanceJa, proposal.AcceptanceEn) = (accepted.Reference, accepted.Description.Ja, accepted.Description.En);
        proposal.AcceptancePath = accepted.AdminPath is { } path && path.StartsWith("/admin/", StringComparison.Ordinal) ? path : null;
        await db.SaveChangesAsync(cancellationToken);
        context.Log($"{proposal.ReceiptNumber} accepted: {accepted.Reference}");
        return ActivityResult.Done();
    }
}

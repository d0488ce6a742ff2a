using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership;

internal sealed class PartnershipScheme : IProposalScheme
{
    public ProposalSchemeDescriptor Descriptor { get; } = new(
        "partnership",
        new("パートナーシップ（連携事業）", "Partnership (joint project)"),
        new(
            "市と事業者等がそれぞれ役割を担い、連携して地域課題の解決に取り組む事業です。必要に応じて連携協定を締結します。",
            "The city and the partner each take on a role and work together on a local issue, with an agreement where needed."),
        10);

    /// <summary>An accepted partnership proposal becomes an agreement draft (協議中), once, starting from the proposal's words.</summary>
    public async Task<SchemeAcceptance> AcceptAsync(AcceptedProposal proposal, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var clock = services.GetRequiredService<TimeProvider>();

        // Read before the record is created: the draft's starting texts come from the proposal as submitted.
        var snapshot = services.GetRequiredService<IModuleCapability<IProposalReader>>().Value is { } reader
            ? await reader.GetAsync(proposal.ProposalId, cancellationToken)
            : null;
        var agreement = await SchemeRecords.CreateOnceAsync<PartnershipDbContext, Agreement>(
            services,
            a => a.ProposalId == proposal.ProposalId,
            () => AgreementDrafts.FromProposal(proposal, snapshot, clock.GetUtcNow().UtcDateTime),
            cancellationToken);
        var id = agreement.Id.ToString(CultureInfo.InvariantCulture);
        return new SchemeAcceptance($"agreement:{id}", new($"連携協定の案（協議中、番号 {id}）", $"Agreement draft (under negotiation, no. {id})"), AgreementRoutes.Admin(agreement.Id));
    }
}

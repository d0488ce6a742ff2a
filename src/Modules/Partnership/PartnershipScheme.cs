using OpenCityAomori.Core.Proposals;

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
}

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The text fields of a proposal, their labels, and which of them a proposer may mark confidential.</summary>
internal static class ProposalFieldNames
{
    public static readonly IReadOnlyList<(string Name, LocalizedText Label)> Confidentiable =
    [
        ("Summary", new("提案の概要", "Summary")),
        ("Details", new("提案の詳細", "Details")),
        ("ProposerResources", new("提案者が提供するもの（ヒト・モノ・カネ・情報）", "What you contribute (people, things, money, information)")),
        ("CityResources", new("市に求めるもの（ヒト・モノ・カネ・情報）", "What you ask of the city (people, things, money, information)")),
        ("ExpectedBenefits", new("期待される効果（市・提案者それぞれ）", "Expected benefits (for the city and for you)")),
        ("DesiredPlace", new("希望する場所", "Desired place")),
    ];

    public static bool IsConfidentiable(string name) => Confidentiable.Any(f => f.Name == name);
}

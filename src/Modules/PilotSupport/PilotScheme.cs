using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.Modules.PilotSupport;

internal sealed class PilotScheme : IProposalScheme
{
    public ProposalSchemeDescriptor Descriptor { get; } = new(
        "pilot",
        new("実証実験サポート", "Pilot support"),
        new(
            "新しい技術やサービスの実証実験を市内で行う提案です。実証フィールドや行政データの提供、広報などで支援します。",
            "A pilot of a new technology or service in the city, supported with test fields, administrative data and publicity."),
        20);
}

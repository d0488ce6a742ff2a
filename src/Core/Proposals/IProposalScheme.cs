using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Proposals;

/// <summary>
/// A collaboration scheme a proposal can be handled under (パートナーシップ, 実証実験サポート).
/// <see cref="Id"/> equals the <c>match.scheme</c> of the BPMN start events that run the scheme's
/// process, so the scheme's module ships its flow and nothing else has to know it.
/// </summary>
public sealed record ProposalSchemeDescriptor(string Id, LocalizedText Name, LocalizedText Description, int Order);

/// <summary>
/// Registered as a singleton by the module that owns a scheme. Proposals offers the schemes of enabled
/// modules on its form and stores the chosen id; a disabled module's scheme is not offered.
/// </summary>
public interface IProposalScheme
{
    ProposalSchemeDescriptor Descriptor { get; }
}

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Proposals;

/// <summary>
/// A collaboration scheme a proposal can be handled under (パートナーシップ, 実証実験サポート).
/// <see cref="Id"/> equals the <c>match.scheme</c> of the BPMN start events that run the scheme's
/// process, so the scheme's module ships its flow and nothing else has to know it.
/// </summary>
public sealed record ProposalSchemeDescriptor(string Id, LocalizedText Name, LocalizedText Description, int Order);

/// <summary>An organisation of an accepted proposal (joint proposals have several).</summary>
public sealed record AcceptedOrganization(string Name, string? CorporateNumber);

/// <summary>What an accepted proposal hands to its scheme: ids and the values the scheme's record starts from.</summary>
public sealed record AcceptedProposal(
    long ProposalId,
    string ReceiptNumber,
    string Title,
    string? LeadDepartmentCode,
    IReadOnlyList<AcceptedOrganization> Organizations,
    string DesiredPeriod,
    string DesiredPlace);

/// <summary>The record the scheme created (or had created before) for an accepted proposal, and its staff page (the proposal page links to it).</summary>
public sealed record SchemeAcceptance(string Reference, LocalizedText Description, string? AdminPath = null);

/// <summary>
/// Registered as a singleton by the module that owns a scheme. Proposals offers the schemes of enabled
/// modules on its form and stores the chosen id; a disabled module's scheme is not offered.
/// </summary>
public interface IProposalScheme
{
    ProposalSchemeDescriptor Descriptor { get; }

    /// <summary>
    /// Creates the scheme's record for an accepted proposal (an agreement draft, a pilot) with the services of the
    /// caller's unit of work, joining its ambient transaction. Idempotent per proposal: a second call returns
    /// the record the first one created and creates nothing. The one caller is Proposals' acceptance activity.
    /// </summary>
    Task<SchemeAcceptance> AcceptAsync(AcceptedProposal proposal, IServiceProvider services, CancellationToken cancellationToken = default);
}

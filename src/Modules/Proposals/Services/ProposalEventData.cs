using System.Globalization;
using System.Text.Json;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The events Proposals hands to the workflows. Their data carries ids, title, scheme and department
/// only — no personal data enters workflow variables; activities read the rest from Proposals.
/// </summary>
internal static class ProposalEventData
{
    public const string SubmittedEvent = "ProposalSubmitted";
    public const string RepliedEvent = "ProposerReplied";
    public const string SchemeChosenEvent = "ProposalSchemeChosen";

    public static readonly IReadOnlyList<WorkflowEventDescriptor> Descriptors =
    [
        new(SubmittedEvent, new LocalizedText("提案が提出された", "A proposal was submitted"),
            ["proposalId", "receiptNumber", "scheme", "kind", "title", "departmentCode", "challengeId", "adminUrl", "culture"]),
        new(RepliedEvent, new LocalizedText("提案者が返信した", "The proposer replied"),
            ["proposalId", "receiptNumber", "messageId", "adminUrl"]),
        new(SchemeChosenEvent, new LocalizedText("相談の提案の連携手法が決まった", "The desk chose the scheme of a consultation"),
            ["proposalId", "receiptNumber", "scheme", "kind", "title", "departmentCode", "challengeId", "adminUrl", "culture"]),
    ];

    public static string KeyOf(long proposalId) => $"proposal:{proposalId}";

    public static PendingProposalEvent Submitted(Proposal proposal, DateTime now) => Routing(proposal, SubmittedEvent, $"proposal-submitted:{proposal.Id}", now);

    /// <summary>The handover from the consultation flow: the scheme's flow starts at routing, triage done.</summary>
    public static PendingProposalEvent SchemeChosen(Proposal proposal, int handover, DateTime now) =>
        Routing(proposal, SchemeChosenEvent, $"proposal-scheme-chosen:{proposal.Id}:{handover}", now);

    private static PendingProposalEvent Routing(Proposal proposal, string name, string eventId, DateTime now) => new()
    {
        ProposalId = proposal.Id,
        Name = name,
        EventId = eventId,
        CreatedUtc = now,
        DataJson = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["proposalId"] = Id(proposal.Id),
            ["receiptNumber"] = proposal.ReceiptNumber,
            ["scheme"] = proposal.Scheme,
            ["kind"] = proposal.Kind == ProposalKind.Challenge ? "challenge" : "free",
            ["title"] = proposal.Title,
            ["departmentCode"] = proposal.LeadDepartmentCode ?? string.Empty,
            ["challengeId"] = proposal.ChallengeId ?? string.Empty,
            ["adminUrl"] = ProposalRoutes.AdminUrl(proposal.Id),
            ["culture"] = proposal.Culture,
        }, ProposalJson.Options),
    };

    public static PendingProposalEvent Replied(Proposal proposal, ProposalMessage message, DateTime now) => new()
    {
        ProposalId = proposal.Id,
        Name = RepliedEvent,
        EventId = $"proposer-replied:{message.Id}",
        CreatedUtc = now,
        DataJson = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["proposalId"] = Id(proposal.Id),
            ["receiptNumber"] = proposal.ReceiptNumber,
            ["messageId"] = Id(message.Id),
            ["adminUrl"] = ProposalRoutes.AdminUrl(proposal.Id),
        }, ProposalJson.Options),
    };

    public static WorkflowEvent ToWorkflowEvent(PendingProposalEvent pending) => new(
        pending.Name,
        KeyOf(pending.ProposalId),
        pending.EventId,
        JsonSerializer.Deserialize<Dictionary<string, string?>>(pending.DataJson, ProposalJson.Options) ?? []);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

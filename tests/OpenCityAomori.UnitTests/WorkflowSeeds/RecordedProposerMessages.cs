using System.Collections.Concurrent;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// Stands in for Proposals' MessageProposer in engine-only tests of the seeded flows: records what the
/// flow asked to tell the proposer (the real activity is exercised over HTTP in the integration tests).
/// </summary>
internal sealed class RecordedProposerMessages : IWorkflowActivity
{
    public ConcurrentQueue<(string ProposalId, string Body, bool AwaitReply, bool Answer)> Sent { get; } = new();

    public string Name => "MessageProposer";

    public Core.Localization.LocalizedText DisplayName { get; } = new("提案者へのメッセージ", "Message the proposer");

    public Core.Localization.LocalizedText Description { get; } = new("記録のみ", "Recorded only");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("body", new("本文", "Message"), ActivityParameterKind.Template, Required: true),
        new("awaitReply", new("回答を待つ", "Await reply"), ActivityParameterKind.Boolean),
        new("answer", new("回答", "Answer"), ActivityParameterKind.Boolean),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var body = await context.RenderAsync(context.Parameter("body") ?? string.Empty, cancellationToken);
        Sent.Enqueue((context.Variables["proposalId"] ?? string.Empty, body, context.Parameter("awaitReply") == "true", context.Parameter("answer") == "true"));
        return ActivityResult.Done();
    }
}

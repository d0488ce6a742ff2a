using System.Collections.Concurrent;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// Stands in for Proposals' SetProposalStage in engine-only tests of the seeded flows: records the stages
/// and due periods the flow set (the real activity is exercised over HTTP in the integration tests).
/// </summary>
internal sealed class RecordedStageChanges : IWorkflowActivity
{
    public ConcurrentQueue<(string Stage, string? DueIn)> Set { get; } = new();

    public string Name => "SetProposalStage";

    public Core.Localization.LocalizedText DisplayName { get; } = new("提案の段階を変える", "Set the proposal's stage");

    public Core.Localization.LocalizedText Description { get; } = new("記録のみ", "Recorded only");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("stage", new("段階", "Stage"), ActivityParameterKind.Text, Required: true),
        new("dueIn", new("期限", "Due"), ActivityParameterKind.Duration),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Set.Enqueue((context.Parameter("stage") ?? string.Empty, context.Parameter("dueIn")));
        return Task.FromResult(ActivityResult.Done());
    }
}

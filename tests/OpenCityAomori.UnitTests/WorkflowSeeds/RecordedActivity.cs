using System.Collections.Concurrent;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// Stands in for one of Proposals' activities (SetProposalStage, AcceptProposal) in engine-only tests of the
/// seeded flows: records the parameters of each call (the real activities run over HTTP in the integration tests).
/// </summary>
internal sealed class RecordedActivity(string name, params string[] parameters) : IWorkflowActivity
{
    public ConcurrentQueue<IReadOnlyDictionary<string, string?>> Calls { get; } = new();

    public string Name => name;

    public Core.Localization.LocalizedText DisplayName { get; } = new(name, name);

    public Core.Localization.LocalizedText Description { get; } = new("記録のみ", "Recorded only");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
        [.. parameters.Select(p => new ActivityParameter(p, new(p, p), ActivityParameterKind.Text))];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        Calls.Enqueue(parameters.ToDictionary(p => p, context.Parameter));
        return Task.FromResult(ActivityResult.Done());
    }

    public static RecordedActivity Stages() => new("SetProposalStage", "stage", "dueIn");

    public static RecordedActivity Acceptance() => new("AcceptProposal");
}

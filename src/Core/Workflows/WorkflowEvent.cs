using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Workflows;

/// <summary>
/// Something that happened which workflows may start on or wait for. <paramref name="Name"/> matches
/// the name of a BPMN message (e.g. "FormSubmitted"); <paramref name="BusinessKey"/> correlates it with
/// instances (e.g. "form-submission:{id}", "proposal:{id}"); <paramref name="EventId"/> is unique per
/// occurrence, so delivering the same event twice (two nodes, a retry) has effect once.
/// </summary>
public sealed record WorkflowEvent(
    string Name,
    string BusinessKey,
    string EventId,
    IReadOnlyDictionary<string, string?> Data);

/// <summary>What publishing an event did.</summary>
public sealed record WorkflowEventResult(
    IReadOnlyList<Guid> StartedInstances,
    IReadOnlyList<Guid> ResumedInstances,
    bool WasDuplicate);

/// <summary>Hands events to the workflow engine. Implemented by the Workflows module.</summary>
public interface IWorkflowEventPublisher
{
    /// <summary>
    /// Records the event once (by <see cref="WorkflowEvent.EventId"/>) and, in the same transaction,
    /// starts the published definitions whose message start event matches it and resumes the
    /// instances waiting for it with the same business key. Returns after that is committed; a
    /// duplicate event id changes nothing and says so.
    /// </summary>
    Task<WorkflowEventResult> PublishAsync(WorkflowEvent workflowEvent, CancellationToken cancellationToken = default);
}

/// <summary>An event a module publishes, listed in the designer's start/catch event picker.</summary>
public sealed record WorkflowEventDescriptor(string Name, LocalizedText DisplayName, IReadOnlyList<string> DataKeys);

/// <summary>Modules declare the events they publish (singleton, several per module allowed).</summary>
public interface IWorkflowEventSource
{
    IEnumerable<WorkflowEventDescriptor> Events { get; }
}

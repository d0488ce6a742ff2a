using System.Collections.Frozen;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal enum ElementKind
{
    StartEvent,
    EndEvent,
    UserTask,
    ServiceTask,
    ExclusiveGateway,
    ParallelGateway,

    /// <summary>Waits for whichever of the events after it happens first (a reply, or a deadline).</summary>
    EventBasedGateway,
    MessageCatchEvent,
    TimerCatchEvent,
    TimerBoundaryEvent,
}

internal enum TimerKind
{
    Duration,
    Date,
    Cycle,
}

/// <summary>A timer definition as written (<c>timeDuration</c>, <c>timeDate</c> or <c>timeCycle</c>).</summary>
internal sealed record TimerSpec(TimerKind Kind, string Expression);

internal sealed record BpmnFlow(string Id, string SourceId, string TargetId, string? Condition, int Order);

internal sealed record BpmnLane(string Id, string? Name, IReadOnlyDictionary<string, string> Properties);

/// <summary>An element of the executable process, immutable once the model is built.</summary>
internal sealed class BpmnElement
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required ElementKind Kind { get; init; }

    /// <summary>The BPMN element's local name (userTask, sendTask, ...).</summary>
    public required string Tag { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Message start or catch events: the message name (the workflow event name).</summary>
    public string? MessageName { get; init; }

    public TimerSpec? Timer { get; init; }

    public string? AttachedToId { get; init; }

    /// <summary>Boundary events: interrupting unless <c>cancelActivity="false"</c>.</summary>
    public bool CancelActivity { get; init; } = true;

    public string? DefaultFlowId { get; init; }

    public BpmnLane? Lane { get; set; }

    public List<BpmnFlow> Incoming { get; } = [];

    public List<BpmnFlow> Outgoing { get; } = [];

    public List<BpmnElement> Boundaries { get; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;

    public string? Property(string name) =>
        Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The task's property, else its lane's (role and department are inherited from the lane).</summary>
    public string? PropertyOrLane(string name) => Property(name) ?? (Lane is { } lane && lane.Properties.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null);
}

/// <summary>The executable process of one definition version, parsed once and cached.</summary>
internal sealed class ProcessModel
{
    public ProcessModel(string processId, string? name, IReadOnlyDictionary<string, BpmnElement> elements, IReadOnlyDictionary<string, BpmnFlow> flows)
    {
        ProcessId = processId;
        Name = name;
        Elements = elements;
        Flows = flows;
        StartEvents = elements.Values.Where(e => e.Kind == ElementKind.StartEvent).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    public string ProcessId { get; }

    public string? Name { get; }

    public IReadOnlyDictionary<string, BpmnElement> Elements { get; }

    public IReadOnlyDictionary<string, BpmnFlow> Flows { get; }

    public IReadOnlyList<BpmnElement> StartEvents { get; }

    public BpmnElement Element(string id) =>
        Elements.TryGetValue(id, out var element) ? element : throw new InvalidOperationException($"The process has no element '{id}'.");

    /// <summary>Message start events: (event name, <c>match.*</c> conditions).</summary>
    public IEnumerable<(BpmnElement Start, string EventName, IReadOnlyDictionary<string, string> Match)> MessageStarts() =>
        StartEvents.Where(s => s.MessageName is not null).Select(s => (s, s.MessageName!, (IReadOnlyDictionary<string, string>)s.Properties
            .Where(p => p.Key.StartsWith("match.", StringComparison.Ordinal))
            .ToDictionary(p => p.Key["match.".Length..], p => p.Value, StringComparer.Ordinal)));

    public BpmnElement? PlainStart => StartEvents.FirstOrDefault(s => s.MessageName is null && s.Timer is null);
}

namespace OpenCityAomori.Modules.Workflows.Models;

internal enum WaitKind
{
    Message,
    Timer,

    /// <summary>A retry of a failed service task after back-off.</summary>
    Retry,
}

/// <summary>
/// What a token waits for: a message (by event name and business key) or a due time. A wait is claimed
/// by deleting its row in the step's transaction, so it fires once even with several nodes.
/// </summary>
internal sealed class WorkflowWait
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public WaitKind Kind { get; set; }

    /// <summary>The catch event, boundary event or service task the wait belongs to.</summary>
    public string ElementId { get; set; } = "";

    public Guid TokenId { get; set; }

    public string? EventName { get; set; }

    public string? BusinessKey { get; set; }

    public DateTime? DueUtc { get; set; }

    /// <summary>Remaining repetitions of a timeCycle (-1 = unbounded), and its period.</summary>
    public int? CycleRemaining { get; set; }

    public string? CyclePeriod { get; set; }

    public DateTime CreatedUtc { get; set; }
}

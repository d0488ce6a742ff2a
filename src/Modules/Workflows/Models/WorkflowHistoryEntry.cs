namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>One line of an instance's history: who did what, when, with which outcome.</summary>
internal sealed class WorkflowHistoryEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ElementId { get; set; }

    /// <summary>See <see cref="HistoryKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string? Actor { get; set; }

    public string? Outcome { get; set; }

    public string? Message { get; set; }
}

internal static class HistoryKinds
{
    public const string Started = "Started";
    public const string Entered = "Entered";
    public const string TaskCreated = "TaskCreated";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskCancelled = "TaskCancelled";
    public const string ActivityCompleted = "ActivityCompleted";
    public const string ActivityFailed = "ActivityFailed";
    public const string Log = "Log";
    public const string Waiting = "Waiting";
    public const string MessageReceived = "MessageReceived";
    public const string TimerFired = "TimerFired";
    public const string Completed = "Completed";
    public const string Faulted = "Faulted";
    public const string Retried = "Retried";
    public const string Cancelled = "Cancelled";
}

namespace OpenCityAomori.Modules.Workflows.Models;

internal enum InstanceStatus
{
    Running,
    Waiting,
    Completed,
    Faulted,
    Cancelled,
}

/// <summary>A running (or finished) process. Variables and tokens are JSON; <see cref="Revision"/> guards concurrent steps.</summary>
internal sealed class WorkflowInstance
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public Guid DefinitionVersionId { get; set; }

    public string DefinitionName { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string BusinessKey { get; set; } = "";

    public InstanceStatus Status { get; set; }

    public string VariablesJson { get; set; } = "{}";

    public string TokensJson { get; set; } = "[]";

    public string? Error { get; set; }

    /// <summary>The element that failed (retried by an administrator).</summary>
    public string? FaultedElementId { get; set; }

    public int RetryCount { get; set; }

    public DateTime? NextAttemptUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    /// <summary>Optimistic concurrency: every step increments it; a stale save fails.</summary>
    public int Revision { get; set; }
}

namespace OpenCityAomori.Modules.Workflows.Engine;

internal enum TokenState
{
    /// <summary>About to execute its element within the current step.</summary>
    Ready,
    AtTask,
    AtMessage,
    AtTimer,

    /// <summary>At an event-based gateway: waits for the first of the events after it.</summary>
    AtEventGateway,

    /// <summary>Arrived at a parallel join through <see cref="Token.ArrivedVia"/>; waits for the other flows.</summary>
    AtJoin,

    /// <summary>Its element failed; the instance is faulted until an administrator retries it.</summary>
    Failed,

    /// <summary>Its activity failed transiently; a retry timer will run it again.</summary>
    RetryWait,
}

/// <summary>A position in the process. Persisted as JSON in the instance row.</summary>
internal sealed class Token
{
    public Guid Id { get; set; }

    public string ElementId { get; set; } = "";

    public TokenState State { get; set; }

    public string? ArrivedVia { get; set; }

    /// <summary>The element ran but leaving it failed (no flow condition true): a retry leaves again instead of re-running it.</summary>
    public bool RetryLeave { get; set; }
}

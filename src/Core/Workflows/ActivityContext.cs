namespace OpenCityAomori.Core.Workflows;

/// <summary>
/// What an activity sees of the instance it runs in. The engine runs the activity inside the
/// step's transaction (published as <see cref="Data.AmbientTransaction"/> in <see cref="Services"/>),
/// so what it writes through Core contracts commits with the step.
/// </summary>
public abstract class ActivityContext
{
    public abstract Guid InstanceId { get; }

    public abstract string DefinitionName { get; }

    public abstract string BusinessKey { get; }

    /// <summary>The BPMN element id of the task being run.</summary>
    public abstract string ElementId { get; }

    /// <summary>Instance variables; changes are stored with the step.</summary>
    public abstract IDictionary<string, string?> Variables { get; }

    /// <summary>Scoped services of the step (same scope, same transaction).</summary>
    public abstract IServiceProvider Services { get; }

    public abstract DateTimeOffset Now { get; }

    /// <summary>The raw value of a task property (parameter), or null when not set.</summary>
    public abstract string? Parameter(string name);

    /// <summary>Renders a Liquid template with the instance variables (and <c>instance</c>, <c>now</c>).</summary>
    public abstract ValueTask<string> RenderAsync(string template, CancellationToken cancellationToken);

    /// <summary>Adds a line to the instance history.</summary>
    public abstract void Log(string message);
}

/// <summary>How an activity ended.</summary>
public sealed record ActivityResult
{
    private ActivityResult(string? outcome, string? error, bool retryable)
    {
        Outcome = outcome;
        Error = error;
        Retryable = retryable;
    }

    public string? Outcome { get; }

    public string? Error { get; }

    /// <summary>A transient failure (e.g. a server that is down): the engine retries with back-off.</summary>
    public bool Retryable { get; }

    public bool Succeeded => Error is null;

    public static ActivityResult Done() => new(ActivityOutcome.Done.Name, null, false);

    public static ActivityResult WithOutcome(string outcome) => new(outcome, null, false);

    /// <summary>A failure the instance stops on (faulted); an administrator can retry it.</summary>
    public static ActivityResult Fault(string error) => new(null, error, false);

    public static ActivityResult TransientFault(string error) => new(null, error, true);
}

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>Bound from the "Workflows" configuration section.</summary>
internal sealed class WorkflowOptions
{
    public const string SectionName = "Workflows";

    public double TimerPollSeconds { get; set; } = 1;

    /// <summary>Automatic retries of a transiently failing activity before the instance is faulted.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; each next one is three times longer (10 s, 30 s, 90 s, ...).</summary>
    public double RetryBaseSeconds { get; set; } = 10;

    /// <summary>Completed and cancelled instances older than this are deleted with their history.</summary>
    public int RetentionDays { get; set; } = 365;

    public HttpActivityOptions Http { get; set; } = new();

    public TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromSeconds(RetryBaseSeconds * Math.Pow(3, Math.Max(0, failures - 1)));
}

internal sealed class HttpActivityOptions
{
    /// <summary>Host names the HttpRequest activity may call; empty = the activity is off.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    public double TimeoutSeconds { get; set; } = 10;
}

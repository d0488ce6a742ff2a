namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>"Forms" configuration section.</summary>
internal sealed class FormsOptions
{
    public const string SectionName = "Forms";

    /// <summary>Submissions allowed per client address and window.</summary>
    public int SubmitPermitLimit { get; set; } = 10;

    public int SubmitWindowSeconds { get; set; } = 300;

    /// <summary>The largest request body a form post may have (all files together).</summary>
    public long MaxRequestBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How often failed events are retried and old submissions deleted.</summary>
    public int MaintenanceIntervalSeconds { get; set; } = 60;

    /// <summary>A submission still Pending after this long (the process stopped before publishing) is published again.</summary>
    public int PendingGraceSeconds { get; set; } = 120;

    public int MaxEventAttempts { get; set; } = 20;
}

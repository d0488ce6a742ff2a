namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>Configuration section "Proposals".</summary>
internal sealed class ProposalsOptions
{
    public const string SectionName = "Proposals";

    /// <summary>Posts (submissions, replies, link requests) per address and window.</summary>
    public int SubmitPermitLimit { get; set; } = 10;

    public int SubmitWindowSeconds { get; set; } = 600;

    /// <summary>"Send me my link again" requests per e-mail address per hour.</summary>
    public int LinkRequestsPerHour { get; set; } = 3;
}

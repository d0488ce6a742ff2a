namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>The 事前相談 form as posted.</summary>
internal sealed class ConsultationInput
{
    public string? Organization { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Topic { get; set; }

    public string? Question { get; set; }

    public string? NoticeVersion { get; set; }

    public bool Consent { get; set; }
}

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>What the proposal form posts (bound from <c>Input.*</c>); attachments come from <c>Attachments</c>.</summary>
internal sealed class ProposalInput
{
    public const int OrganizationRows = 3;
    public const int AttachmentRows = 3;

    public string? Kind { get; set; }

    public string? ChallengeId { get; set; }

    public string? Scheme { get; set; }

    public string? ApplicantType { get; set; }

    public List<OrganizationInput> Organizations { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactKana { get; set; }

    public string? ContactDepartment { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Details { get; set; }

    public string? ProposerResources { get; set; }

    public string? CityResources { get; set; }

    public string? ExpectedBenefits { get; set; }

    public string? DesiredPeriod { get; set; }

    public string? DesiredPlace { get; set; }

    /// <summary>Names of the text fields marked confidential.</summary>
    public List<string> Confidential { get; set; } = [];

    /// <summary>Indexes (0-based) of the attachment inputs marked confidential.</summary>
    public List<int> ConfidentialAttachments { get; set; } = [];

    public bool Consent { get; set; }

    /// <summary>The version of the notice the form showed, so a notice changed meanwhile is consented to again.</summary>
    public string? NoticeVersion { get; set; }

    public void PadRows()
    {
        while (Organizations.Count < OrganizationRows)
        {
            Organizations.Add(new OrganizationInput());
        }
    }
}

internal sealed class OrganizationInput
{
    public string? Name { get; set; }

    public string? CorporateNumber { get; set; }
}

/// <summary>An organisation of a (possibly joint) proposal as stored.</summary>
internal sealed record ProposalOrganization(string Name, string? CorporateNumber);

/// <summary>A posted attachment, read into memory once its size was checked.</summary>
internal sealed record PostedAttachment(int Index, string FileName, long Length, byte[] Bytes);

/// <summary>An attachment that passed the checks, as it will be stored.</summary>
internal sealed record CheckedAttachment(string FileName, string ContentType, byte[] Bytes, bool Confidential);

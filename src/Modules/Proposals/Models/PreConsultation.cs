using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>Where a 事前相談 stands at the desk.</summary>
internal enum ConsultationStatus
{
    New = 0,
    InDiscussion = 1,
    Proposed = 2,
    Closed = 3,
}

/// <summary>
/// 事前相談: an optional talk with the desk before proposing, with its own short form and receipt number (S-…).
/// The desk can turn it into a proposal, which then links back to it.
/// </summary>
internal sealed class PreConsultation : IAuditable
{
    public long Id { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    [NotAudited]
    public string Organization { get; set; } = string.Empty;

    [NotAudited]
    public string ContactName { get; set; } = string.Empty;

    [NotAudited]
    public string ContactEmail { get; set; } = string.Empty;

    [NotAudited]
    public string ContactPhone { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    [NotAudited]
    public string Question { get; set; } = string.Empty;

    public string ConsentVersion { get; set; } = string.Empty;

    public DateTime ConsentUtc { get; set; }

    public string Culture { get; set; } = "ja";

    public DateTime SubmittedUtc { get; set; }

    public ConsultationStatus Status { get; set; }

    /// <summary>The proposal the desk registered from it.</summary>
    public long? ProposalId { get; set; }
}

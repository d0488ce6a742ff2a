using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>
/// A document the city asks the proposer for on behalf of a scheme (the pilot's report): the tracking page offers an
/// upload until it is closed. One per proposal and key; files sent for it carry the key.
/// </summary>
internal sealed class DocumentRequest : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public string Key { get; set; } = string.Empty;

    public string TitleJa { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public string ExplanationJa { get; set; } = string.Empty;

    public string ExplanationEn { get; set; } = string.Empty;

    public DateOnly? DueOn { get; set; }

    public DateTime RequestedUtc { get; set; }

    /// <summary>When the city took the document (the request no longer offers an upload); null while open.</summary>
    public DateTime? ClosedUtc { get; set; }

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleJa;

    public string Explanation(bool english) => english && ExplanationEn.Length > 0 ? ExplanationEn : ExplanationJa;
}

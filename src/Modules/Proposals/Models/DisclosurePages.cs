namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>The consultation form as posted: the date (yyyy-MM-dd), how, and the proposer's opinion in short.</summary>
internal sealed class ConsultationForm
{
    public string? ConsultedOn { get; set; }

    public string? Method { get; set; }

    public string? OpinionSummary { get; set; }
}

/// <summary>A file or message staff may release; a file the proposer marked confidential is never released.</summary>
internal sealed record DisclosureItem(string Key, string Label, string Detail, bool Confidential, bool Released);

/// <summary>The staff page of a proposal's disclosure: its consultations, the releasable items and the consultation form.</summary>
internal sealed record DisclosurePage(
    long ProposalId,
    string ReceiptNumber,
    string Title,
    IReadOnlyList<DisclosureConsultation> Consultations,
    IReadOnlyList<DisclosureItem> Items,
    ConsultationForm Form);

/// <summary>One line of the disclosure copy: a label and its value, or the mark that replaced it.</summary>
internal sealed record DisclosureLine(string Label, string Value, bool Redacted);

/// <summary>A message of the thread in the disclosure copy: its body, redacted, or the withheld mark.</summary>
internal sealed record DisclosureMessage(string Author, DateTime CreatedUtc, string Body, bool Withheld);

/// <summary>
/// The disclosure copy of a proposal. It holds only what may be printed — every value is already redacted,
/// and of the consultations only their date and manner, not the proposer's opinion — so the print view cannot
/// show personal or confidential data by mistake.
/// </summary>
internal sealed record DisclosureDocument(
    long ProposalId,
    IReadOnlyList<DisclosureLine> Summary,
    IReadOnlyList<DisclosureLine> Organizations,
    IReadOnlyList<DisclosureLine> Contact,
    IReadOnlyList<DisclosureLine> Fields,
    IReadOnlyList<DisclosureMessage> Messages,
    IReadOnlyList<DisclosureLine> Files,
    IReadOnlyList<DisclosureLine> Consultations,
    string Title,
    DateTime GeneratedUtc);

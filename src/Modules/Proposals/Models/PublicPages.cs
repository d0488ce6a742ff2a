using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Models;

internal sealed record ProposeFormPage(
    ProposalInput Input, ProposalFormOptions Options, bool English, bool StaffEntry = false, IReadOnlyDictionary<string, string>? EditorValues = null)
{
    public string Action => StaffEntry ? "/admin/proposals/new" : English ? "/en/propose" : "/propose";
}

internal sealed record ReceivedPage(string ReceiptNumber, string Title, string TrackingUrl, string TrackingPath, bool English);

internal sealed record TrackingMessage(ProposalMessage Message, IReadOnlyList<ProposalFile> Files);

internal sealed record TrackingPage(
    Proposal Proposal, string Token, IReadOnlyList<TrackingMessage> Thread, IReadOnlyList<ProposalFile> Files, string? SchemeName, bool English, IReadOnlyList<DocumentRequest> Documents)
{
    /// <summary>The file input of an open document request (and the model state key of its error).</summary>
    public static string DocumentInputId(string key) => "document-" + key;

    public string BasePath => ProposalRoutes.TrackingPath(Token, English ? "en" : "ja");

    public bool IsOpen => Proposal.Stage is not (ProposalStage.Withdrawn or ProposalStage.Completed);
}

internal sealed record LinkRequestPage(string? Email, bool Sent, bool English);

internal sealed record ConsultationFormPage(ConsultationInput Input, string NoticeText, string NoticeVersion, bool English);

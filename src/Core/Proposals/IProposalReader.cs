using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Proposals;

/// <summary>Where a proposal stands, in words the proposer sees on the tracking page.</summary>
public enum ProposalProgress
{
    Received,
    Reviewing,
    AwaitingProposer,
    DepartmentReview,
    Answered,
    InProgress,
    Completed,
    Withdrawn,
}

/// <summary>A file of a proposal: sent with it, in the thread, or in answer to a document request (<see cref="RequestKey"/>).</summary>
public sealed record ProposalFileInfo(string Id, string FileName, string ContentType, long Length, bool Confidential, DateTime UploadedUtc, string? RequestKey);

/// <summary>What a scheme module reads of a proposal: routing, the submitted values and the files. Personal contact data is not part of it.</summary>
public sealed record ProposalSnapshot(
    long ProposalId,
    string ReceiptNumber,
    string Title,
    string Scheme,
    ProposalProgress Progress,
    string? LeadDepartmentCode,
    IReadOnlyList<AcceptedOrganization> Organizations,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyCollection<string> ConfidentialTexts,
    IReadOnlyList<ProposalFileInfo> Files,
    string AdminPath)
{
    /// <summary>The names of <see cref="Texts"/>: the form's own fields.</summary>
    public static readonly IReadOnlyList<string> TextNames =
        ["Summary", "Details", "ProposerResources", "CityResources", "ExpectedBenefits", "DesiredPeriod", "DesiredPlace"];

    public string Text(string name) => Texts.GetValueOrDefault(name) ?? string.Empty;
}

/// <summary>Reads proposals for scheme modules (the agreement or pilot made of one). Implemented by Proposals.</summary>
public interface IProposalReader
{
    Task<ProposalSnapshot?> GetAsync(long proposalId, CancellationToken cancellationToken = default);

    /// <summary>A file of the proposal with its bytes; null when it is not the proposal's.</summary>
    Task<(ProposalFileInfo File, byte[] Bytes)?> OpenFileAsync(long proposalId, string fileId, CancellationToken cancellationToken = default);
}

/// <summary>A document the city asks the proposer for (e.g. the pilot's report): shown on the tracking page with an upload.</summary>
public sealed record ProposalDocumentRequest(string Key, LocalizedText Title, LocalizedText Explanation, DateOnly? DueOn);

/// <summary>
/// What scheme modules change on a proposal: its stage after acceptance (実施中, 完了), a message to the proposer in the
/// thread (the proposer is notified without the text), and document requests. Proposals stays the only writer of its
/// records and the only sender to the proposer. Implemented by Proposals; each change is audited there.
/// </summary>
public interface IProposalUpdates
{
    /// <summary>Sets 実施中 or 完了 (other stages belong to the proposal's own flow); false when the proposal is unknown or withdrawn.</summary>
    Task<bool> SetProgressAsync(long proposalId, ProposalProgress progress, CancellationToken cancellationToken = default);

    /// <summary>A message from the city in the proposal's thread; the proposer gets an e-mail notice without its text.</summary>
    Task<bool> MessageProposerAsync(long proposalId, string body, string? staffName, CancellationToken cancellationToken = default);

    /// <summary>Asks the proposer for a document (idempotent per key: a repeat updates the request); the upload appears in <see cref="IProposalReader"/> files with the key.</summary>
    Task<bool> RequestDocumentAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Closes a document request (received): the tracking page no longer offers the upload.</summary>
    Task<bool> CloseDocumentRequestAsync(long proposalId, string key, CancellationToken cancellationToken = default);
}

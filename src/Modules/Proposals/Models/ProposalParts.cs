using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>A file of a proposal: attached when it was submitted or to a message of the thread.</summary>
internal sealed class ProposalFile
{
    public string Id { get; set; } = string.Empty;

    public long ProposalId { get; set; }

    public long? MessageId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    public byte[] Data { get; set; } = [];

    public bool Confidential { get; set; }

    public MessageAuthor UploadedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The document request (its key) the proposer sent this file for; null for other files.</summary>
    public string? RequestKey { get; set; }
}

/// <summary>A message of the thread between the proposer and the desk.</summary>
internal sealed class ProposalMessage : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public MessageAuthor Author { get; set; }

    /// <summary>The staff member who wrote it (null for the proposer and for workflow messages).</summary>
    public string? StaffUserName { get; set; }

    [NotAudited]
    public string Body { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the desk opened a proposer's message; null while unread.</summary>
    public DateTime? ReadUtc { get; set; }
}

/// <summary>
/// An event to hand to the workflows, written in the transaction that caused it and published after
/// commit; a failed publication is retried until a workflow engine took it (its id makes a repeat harmless).
/// </summary>
internal sealed class PendingProposalEvent
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string EventId { get; set; } = string.Empty;

    public string DataJson { get; set; } = "{}";

    public DateTime CreatedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }
}

/// <summary>Proposals' settings: the 留意事項 the proposer consents to and its version, the desk's review, the retention of personal data.</summary>
internal sealed class ProposalSettings : IAuditable
{
    public int Id { get; set; }

    public string NoticeJa { get; set; } = string.Empty;

    public string NoticeEn { get; set; } = string.Empty;

    public string NoticeVersion { get; set; } = string.Empty;

    /// <summary>Whether the desk reviews a department's decision before the answer goes to the proposer (the one window).</summary>
    public bool DeskReviewsAnswers { get; set; } = true;

    /// <summary>Years after a proposal closed that its personal data is kept (<see cref="Services.ProposalRetention"/>); 0 keeps it.</summary>
    public int PersonalDataRetentionYears { get; set; } = Services.ProposalRetention.DefaultYears;

    public DateTime ModifiedUtc { get; set; }
}

internal sealed class ProposalReceiptCounter
{
    public string Key { get; set; } = string.Empty;

    public int Value { get; set; }
}

/// <summary>One "send me my link again" request, to limit them per address (the address is kept only as a hash).</summary>
internal sealed class LinkRequest
{
    public long Id { get; set; }

    public byte[] EmailHash { get; set; } = [];

    public DateTime RequestedUtc { get; set; }
}

namespace OpenCityAomori.Modules.Notifications.Models;

internal enum EmailStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OutboxEmail.NextAttemptUtc"/>).</summary>
    Pending,

    /// <summary>Claimed by a node until <see cref="OutboxEmail.LeaseUntilUtc"/>; reclaimed if that node died.</summary>
    Sending,

    Sent,

    /// <summary>Gave up after the last attempt or a permanent refusal; an administrator may retry it.</summary>
    Failed,
}

/// <summary>One e-mail in the outbox (Notifications_Emails). Recipients are stored one per line.</summary>
internal sealed class OutboxEmail
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public string? ReplyTo { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? Source { get; set; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>A token unique to one claim, so only the node that claimed the message records its outcome.</summary>
    public string? LeaseOwner { get; set; }

    public IReadOnlyList<string> Recipients => To.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

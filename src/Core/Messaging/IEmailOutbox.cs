namespace OpenCityAomori.Core.Messaging;

/// <summary>
/// One e-mail to send. <paramref name="Source"/> says what produced it (e.g. "workflow:{instanceId}"
/// or "form:{submissionId}") so the outbox can show where a failed message came from.
/// </summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string TextBody,
    string? ReplyTo = null,
    string? Source = null);

/// <summary>
/// Stores e-mails for delivery (never sends inline): a message is written to the outbox in the
/// caller's unit of work (joining <see cref="Data.AmbientTransaction"/> when one is open) and
/// delivered in the background with retries and back-off, so a mail server that is down loses
/// nothing. Implemented by the Notifications module.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Validates the addresses and stores the message; returns its outbox id.</summary>
    /// <exception cref="ArgumentException">No recipient, or an address that is not an e-mail address.</exception>
    Task<Guid> EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

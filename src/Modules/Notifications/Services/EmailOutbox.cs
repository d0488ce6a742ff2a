using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>
/// Stores messages for the delivery service. Each call uses a context of its own, enlisted in the
/// caller's ambient transaction when there is one (so the message commits or rolls back with the
/// caller's step), otherwise saved at once.
/// </summary>
internal sealed class EmailOutbox(DbContextOptions<NotificationsDbContext> options, AmbientTransaction ambient, TimeProvider clock) : IEmailOutbox
{
    public const int MaxRecipients = 50;

    public async Task<Guid> EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var email = Prepare(message, clock.GetUtcNow().UtcDateTime);
        await using var db = new NotificationsDbContext(options);
        ambient.Enlist(db);
        db.Emails.Add(email);
        await db.SaveChangesAsync(cancellationToken);
        return email.Id;
    }

    /// <summary>Validates <paramref name="message"/> and turns it into a pending outbox row.</summary>
    public static OutboxEmail Prepare(EmailMessage message, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To is null || message.To.Count == 0)
        {
            throw new ArgumentException("The message has no recipient. / 宛先がありません。", nameof(message));
        }

        var recipients = message.To
            .Select(to => EmailAddresses.Parse(to, nameof(message)).ToString())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (recipients.Count > MaxRecipients)
        {
            throw new ArgumentException($"At most {MaxRecipients} recipients per message. / 宛先は{MaxRecipients}件までです。", nameof(message));
        }

        var replyTo = string.IsNullOrWhiteSpace(message.ReplyTo) ? null : EmailAddresses.Parse(message.ReplyTo, nameof(message)).ToString();
        var subject = (message.Subject ?? string.Empty).ReplaceLineEndings(" ").Trim();
        if (subject.Length == 0)
        {
            throw new ArgumentException("The message has no subject. / 件名がありません。", nameof(message));
        }

        return new OutboxEmail
        {
            Id = Guid.NewGuid(),
            To = string.Join('\n', recipients),
            ReplyTo = replyTo,
            Subject = subject.Length > 1000 ? subject[..1000] : subject,
            TextBody = message.TextBody ?? string.Empty,
            Source = message.Source is { Length: > 200 } s ? s[..200] : message.Source,
            Status = EmailStatus.Pending,
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
    }
}

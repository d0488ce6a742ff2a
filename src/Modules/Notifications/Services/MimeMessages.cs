using System.Text;
using MimeKit;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>Builds the MIME message for an outbox row: UTF-8 text, encoded-word subject, a stable Message-Id.</summary>
internal static class MimeMessages
{
    public const string OutboxIdHeader = "X-OCA-Outbox-Id";

    public static MimeMessage Build(OutboxEmail email, MailboxAddress from, DateTime createdUtc)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        foreach (var to in email.Recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        if (!string.IsNullOrEmpty(email.ReplyTo))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        }

        message.Subject = email.Subject;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(createdUtc, DateTimeKind.Utc));
        message.MessageId = $"{email.Id:N}@{DomainOf(from)}";
        message.Headers.Add(OutboxIdHeader, email.Id.ToString("N"));
        var body = new TextPart("plain");
        body.SetText(Encoding.UTF8, email.TextBody);
        message.Body = body;
        return message;
    }

    private static string DomainOf(MailboxAddress address)
    {
        var at = address.Address.LastIndexOf('@');
        return at >= 0 ? address.Address[(at + 1)..] : "localhost";
    }
}

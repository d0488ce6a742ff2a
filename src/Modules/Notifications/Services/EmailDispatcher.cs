using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>
/// One delivery round: claims due messages (a conditional update, so two nodes never send the same
/// one), sends them over one transport session and records each outcome under the claim's token.
/// </summary>
internal sealed class EmailDispatcher(
    NotificationsDbContext db,
    MailTransportFactory transports,
    IOptionsMonitor<EmailOptions> options,
    ISiteSettingsService site,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger)
{
    /// <summary>Delivers what is due now; returns how many messages were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Emails.AsNoTracking()
            .Where(e => (e.Status == EmailStatus.Pending && e.NextAttemptUtc <= now) || (e.Status == EmailStatus.Sending && e.LeaseUntilUtc < now))
            .OrderBy(e => e.NextAttemptUtc)
            .Select(e => e.Id)
            .Take(Math.Max(1, settings.BatchSize))
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var token = Guid.NewGuid().ToString("N");
        var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            var rows = await db.Emails
                .Where(e => e.Id == id && ((e.Status == EmailStatus.Pending && e.NextAttemptUtc <= now) || (e.Status == EmailStatus.Sending && e.LeaseUntilUtc < now)))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.Status, EmailStatus.Sending)
                        .SetProperty(e => e.LeaseOwner, token)
                        .SetProperty(e => e.LeaseUntilUtc, leaseUntil)
                        .SetProperty(e => e.LastAttemptUtc, now)
                        .SetProperty(e => e.Attempts, e => e.Attempts + 1),
                    cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var messages = await db.Emails.AsNoTracking().Where(e => claimed.Contains(e.Id) && e.LeaseOwner == token).ToListAsync(cancellationToken);
        var from = await SenderAsync(settings, cancellationToken);
        IMailSession session;
        try
        {
            session = await transports.Create().OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "E-mail server unreachable; {Count} message(s) will be retried", messages.Count);
            foreach (var message in messages)
            {
                await RecordFailureAsync(message, token, ex, settings.Schedule, cancellationToken, serverUnreachable: true);
            }

            return 0;
        }

        var sent = 0;
        await using (session)
        {
            foreach (var message in messages)
            {
                try
                {
                    await session.SendAsync(MimeMessages.Build(message, from, message.CreatedUtc), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "E-mail {Id} not delivered (attempt {Attempt})", message.Id, message.Attempts);
                    await RecordFailureAsync(message, token, ex, settings.Schedule, cancellationToken);
                    continue;
                }

                var at = clock.GetUtcNow().UtcDateTime;
                await db.Emails.Where(e => e.Id == message.Id && e.LeaseOwner == token).ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.Status, EmailStatus.Sent)
                        .SetProperty(e => e.SentUtc, at)
                        .SetProperty(e => e.LeaseUntilUtc, (DateTime?)null)
                        .SetProperty(e => e.LeaseOwner, (string?)null),
                    CancellationToken.None);
                sent++;
            }
        }

        return sent;
    }

    private async Task RecordFailureAsync(OutboxEmail message, string token, Exception error, RetrySchedule schedule, CancellationToken cancellationToken, bool serverUnreachable = false)
    {
        // A server that cannot be reached says nothing about the message: it stays pending (back-off
        // capped at RetryMaxSeconds) however long the outage lasts. Only the server's answers count.
        var permanent = error is SmtpCommandException { StatusCode: var code } && (int)code >= 500;
        var failed = permanent || (!serverUnreachable && schedule.IsExhausted(message.Attempts));
        var next = clock.GetUtcNow().UtcDateTime + schedule.DelayAfter(message.Attempts);
        var text = error is SmtpCommandException smtp
            ? $"SMTP {(int)smtp.StatusCode} ({smtp.ErrorCode}): {smtp.Message}"
            : $"{error.GetType().Name}: {error.Message}";
        if (text.Length > 2000)
        {
            text = text[..2000];
        }

        await db.Emails.Where(e => e.Id == message.Id && e.LeaseOwner == token).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.Status, failed ? EmailStatus.Failed : EmailStatus.Pending)
                .SetProperty(e => e.NextAttemptUtc, next)
                .SetProperty(e => e.LastError, text)
                .SetProperty(e => e.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(e => e.LeaseOwner, (string?)null),
            cancellationToken.IsCancellationRequested ? CancellationToken.None : cancellationToken);
        if (failed)
        {
            logger.LogError("E-mail {Id} failed after {Attempts} attempt(s): {Error}", message.Id, message.Attempts, text);
        }
    }

    private async Task<MailboxAddress> SenderAsync(EmailOptions settings, CancellationToken cancellationToken)
    {
        var address = settings.From;
        if (string.IsNullOrWhiteSpace(address))
        {
            address = (await site.GetAsync(cancellationToken)).Email;
        }

        if (!EmailAddresses.TryParse(address, out var mailbox))
        {
            mailbox = new MailboxAddress(string.Empty, "noreply@localhost");
        }

        if (!string.IsNullOrWhiteSpace(settings.FromName))
        {
            mailbox.Name = settings.FromName;
        }

        return mailbox;
    }
}

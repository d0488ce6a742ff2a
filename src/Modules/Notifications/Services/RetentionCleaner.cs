using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>Deletes sent e-mails after Email:RetentionDays and read notifications after Email:NotificationRetentionDays.</summary>
internal sealed class RetentionCleaner(NotificationsDbContext db, IOptionsMonitor<EmailOptions> options)
{
    public async Task<(int Emails, int Notifications)> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var emailCutoff = nowUtc.AddDays(-Math.Max(1, settings.RetentionDays));
        var readCutoff = nowUtc.AddDays(-Math.Max(1, settings.NotificationRetentionDays));
        var emails = await db.Emails
            .Where(e => e.Status == EmailStatus.Sent && e.SentUtc < emailCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var items = await db.Items
            .Where(n => n.ReadUtc != null && n.ReadUtc < readCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        return (emails, items);
    }
}

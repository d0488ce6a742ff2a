using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>A reminder that fell due: the agreement's review (見直し) or its renewal notice (更新の通知), for that date.</summary>
internal sealed record DueReminder(Agreement Agreement, bool Renewal, DateOnly Date);

/// <summary>
/// The timers of signed and running agreements: on its review date and on its renewal-notice date, the lead department
/// and the desk are notified, once per date. Each reminder is claimed in the notice's transaction (the date it was sent for
/// is written only if no one wrote it), so a second node that found it due too sends nothing. A new date is reminded again.
/// </summary>
internal sealed class AgreementReminders(PartnershipDbContext db, AmbientTransaction ambient, INotificationSender notifications, TimeProvider clock)
{
    private static readonly AgreementStatus[] Live = [AgreementStatus.Signed, AgreementStatus.InEffect];

    public async Task<int> RemindDueAsync(CancellationToken cancellationToken) => await SendAsync(await DueAsync(cancellationToken), cancellationToken);

    /// <summary>Reminders whose date is today or past (Japan time) and not yet sent for that date.</summary>
    public async Task<IReadOnlyList<DueReminder>> DueAsync(CancellationToken cancellationToken)
    {
        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        var reviews = await db.Agreements.AsNoTracking()
            .Where(a => Live.Contains(a.Status) && a.ReviewOn != null && a.ReviewOn <= today && (a.ReviewRemindedFor == null || a.ReviewRemindedFor != a.ReviewOn))
            .OrderBy(a => a.Id).Take(50).ToListAsync(cancellationToken);
        var renewals = await db.Agreements.AsNoTracking()
            .Where(a => Live.Contains(a.Status) && a.RenewalNoticeOn != null && a.RenewalNoticeOn <= today && (a.RenewalRemindedFor == null || a.RenewalRemindedFor != a.RenewalNoticeOn))
            .OrderBy(a => a.Id).Take(50).ToListAsync(cancellationToken);
        return [.. reviews.Select(a => new DueReminder(a, false, a.ReviewOn!.Value)), .. renewals.Select(a => new DueReminder(a, true, a.RenewalNoticeOn!.Value))];
    }

    /// <summary>Sends each reminder this node can still claim; returns how many it sent.</summary>
    public async Task<int> SendAsync(IReadOnlyList<DueReminder> due, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var reminder in due)
        {
            sent += await SendOnceAsync(reminder, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> SendOnceAsync(DueReminder reminder, CancellationToken cancellationToken)
    {
        var (a, date) = (reminder.Agreement, reminder.Date);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            var claimed = reminder.Renewal
                ? await db.Agreements.Where(x => x.Id == a.Id && x.RenewalNoticeOn == date && (x.RenewalRemindedFor == null || x.RenewalRemindedFor != date))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.RenewalRemindedFor, date), cancellationToken)
                : await db.Agreements.Where(x => x.Id == a.Id && x.ReviewOn == date && (x.ReviewRemindedFor == null || x.ReviewRemindedFor != date))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReviewRemindedFor, date), cancellationToken);
            if (claimed == 0)
            {
                return false;
            }

            var (title, body) = reminder.Renewal
                ? ($"【更新の確認】連携協定「{a.Title}」{(a.TermEnd is { } end ? $"（期間の終了 {end:yyyy-MM-dd}）" : string.Empty)}",
                    "連携協定の更新を検討する時期です。更新・終了を連携先と協議してください。/ Time to consider renewing the agreement: discuss renewal or ending with the partner.")
                : ($"【見直し】連携協定「{a.Title}」（{date:yyyy-MM-dd}）",
                    "連携協定の見直しの日になりました。内容と効果を確認し、伴走の記録を残してください。/ The agreement is due for review: check its content and effects and record the follow-up.");

            // One request for both: someone who is in the department and at the desk gets one notice.
            await notifications.NotifyAsync(
                new NotificationRequest(
                    title,
                    body,
                    AgreementRoutes.Admin(a.Id),
                    Roles: [RoleNames.DeskStaff],
                    DepartmentCodes: a.DepartmentCode is { Length: > 0 } department ? [department] : null,
                    Source: $"agreement:{a.Id}"),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }
}

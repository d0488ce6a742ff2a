using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// The timers of signed and running agreements: on its review date (見直し) and on its renewal-notice date (更新の通知), the
/// lead department and the desk are notified, once per date. Each reminder is claimed in the notice's transaction (the date
/// it was sent for is written only if no one wrote it), so a second node finds it taken and sends nothing. A new date is
/// reminded again.
/// </summary>
internal sealed class AgreementReminders(PartnershipDbContext db, AmbientTransaction ambient, INotificationSender notifications, TimeProvider clock)
{
    public async Task<int> RemindDueAsync(CancellationToken cancellationToken)
    {
        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        var live = new[] { AgreementStatus.Signed, AgreementStatus.InEffect };
        var reviews = await db.Agreements.AsNoTracking()
            .Where(a => live.Contains(a.Status) && a.ReviewOn != null && a.ReviewOn <= today && (a.ReviewRemindedFor == null || a.ReviewRemindedFor != a.ReviewOn))
            .Take(50).ToListAsync(cancellationToken);
        var renewals = await db.Agreements.AsNoTracking()
            .Where(a => live.Contains(a.Status) && a.RenewalNoticeOn != null && a.RenewalNoticeOn <= today && (a.RenewalRemindedFor == null || a.RenewalRemindedFor != a.RenewalNoticeOn))
            .Take(50).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var a in reviews)
        {
            var due = a.ReviewOn!.Value;
            sent += await RemindOnceAsync(
                a,
                q => q.Where(x => x.Id == a.Id && x.ReviewOn == due && (x.ReviewRemindedFor == null || x.ReviewRemindedFor != due))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReviewRemindedFor, due), cancellationToken),
                $"【見直し】連携協定「{a.Title}」（{due:yyyy-MM-dd}）",
                $"連携協定の見直しの日になりました。内容と効果を確認し、伴走の記録を残してください。/ The agreement is due for review: check its content and effects and record the follow-up.",
                cancellationToken);
        }

        foreach (var a in renewals)
        {
            var due = a.RenewalNoticeOn!.Value;
            var end = a.TermEnd is { } e ? $"（期間の終了 {e:yyyy-MM-dd}）" : string.Empty;
            sent += await RemindOnceAsync(
                a,
                q => q.Where(x => x.Id == a.Id && x.RenewalNoticeOn == due && (x.RenewalRemindedFor == null || x.RenewalRemindedFor != due))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.RenewalRemindedFor, due), cancellationToken),
                $"【更新の確認】連携協定「{a.Title}」{end}",
                "連携協定の更新を検討する時期です。更新・終了を連携先と協議してください。/ Time to consider renewing the agreement: discuss renewal or ending with the partner.",
                cancellationToken);
        }

        return sent;
    }

    private async Task<int> RemindOnceAsync(Agreement agreement, Func<IQueryable<Agreement>, Task<int>> claim, string title, string body, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            if (await claim(db.Agreements) == 0)
            {
                return 0;
            }

            // One request for both: someone who is in the department and at the desk gets one notice.
            await notifications.NotifyAsync(
                new NotificationRequest(
                    title,
                    body,
                    AgreementRoutes.Admin(agreement.Id),
                    Roles: [RoleNames.DeskStaff],
                    DepartmentCodes: agreement.DepartmentCode is { Length: > 0 } department ? [department] : null,
                    Source: $"agreement:{agreement.Id}"),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 1;
        }
    }
}

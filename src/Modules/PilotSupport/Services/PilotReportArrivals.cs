using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// A report the proposer uploaded on the tracking page ticks 報告書作成 and tells the department (or the desk) to review
/// it, once: the tick is saved against the item's unchanged completion, so a second node's save fails and sends nothing.
/// </summary>
internal sealed class PilotReportArrivals(PilotSupportDbContext db, AmbientTransaction ambient, PilotReports reports, INotificationSender notifications)
{
    public const string ProposerName = "事業者等（報告書の提出）";

    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.Pilots.Include(p => p.Checklist)
            .Where(p => p.Status == PilotStatus.AwaitingReport && p.ProposalId > 0
                && p.Checklist.Any(i => i.Step == PilotStep.ReportWriting && i.CompletedUtc == null))
            .OrderBy(p => p.Id).Take(50).ToListAsync(cancellationToken);
        var arrived = 0;
        foreach (var pilot in waiting)
        {
            var file = PilotReports.ReportFiles(await reports.ProposalAsync(pilot, cancellationToken)).FirstOrDefault(f => PilotReports.IsCurrent(pilot, f));
            if (file is not null && await TickAsync(pilot, file.UploadedUtc, cancellationToken))
            {
                arrived++;
            }
        }

        return arrived;
    }

    private async Task<bool> TickAsync(Pilot pilot, DateTime uploadedUtc, CancellationToken cancellationToken)
    {
        var item = pilot.Checklist.First(i => i.Step == PilotStep.ReportWriting);
        (item.CompletedUtc, item.CompletedBy) = (uploadedUtc, ProposerName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await notifications.NotifyAsync(
                PilotRoutes.Notice(
                    pilot,
                    pilot.DepartmentCode,
                    $"報告書が提出されました：実証実験「{pilot.Title}」",
                    "事業者等から実証実験の報告書が提出されました。実証実験の画面で内容を確認し、受領するか差し戻してください。/ The business sent the pilot's report: review it on the pilot's page, then receive it or send it back.",
                    "#report"),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }
}

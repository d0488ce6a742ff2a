using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// A report the proposer uploaded on the tracking page ticks 報告書作成 (Proposals tells the desk and the department of the
/// upload). The tick is saved against the item's unchanged completion, so a node that finds it ticked meanwhile saves nothing.
/// </summary>
internal sealed class PilotReportArrivals(PilotSupportDbContext db, PilotReports reports)
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
            if (PilotReports.ReportFiles(await reports.ProposalAsync(pilot, cancellationToken)).FirstOrDefault(f => PilotReports.IsCurrent(pilot, f)) is not { } file)
            {
                continue;
            }

            var item = pilot.Checklist.First(i => i.Step == PilotStep.ReportWriting);
            (item.CompletedUtc, item.CompletedBy) = (file.UploadedUtc, ProposerName);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                arrived++;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return arrived;
    }
}

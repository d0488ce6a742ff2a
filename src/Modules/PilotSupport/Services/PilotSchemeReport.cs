using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>The pilots on the proposals dashboard: counts by status and by year of start, the pilots with overdue checklist items, the CSV.</summary>
internal sealed class PilotSchemeReport(PilotSupportDbContext db, PilotList list) : ISchemeReport
{
    public async Task<SchemeReport> BuildAsync(CancellationToken cancellationToken = default)
    {
        var byStatus = (await db.Pilots.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        var starts = await db.Pilots.Select(p => p.StartDate).ToListAsync(cancellationToken);
        var years = starts.GroupBy(d => d?.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new SchemeReportPoint(
                g.Key is { } year ? new(year.ToString(CultureInfo.InvariantCulture) + "年", year.ToString(CultureInfo.InvariantCulture)) : new("期間未定", "No period yet"),
                g.Count()))
            .ToList();
        var overdue = await PilotList.OverdueItems(db, list.Today)
            .Join(db.Pilots, i => i.PilotId, p => p.Id, (i, p) => new { p.Id, p.Title, i.Step, i.DueOn })
            .ToListAsync(cancellationToken);
        var attention = overdue.GroupBy(o => (o.Id, o.Title))
            .Select(g => (Pilot: g.Key, Earliest: g.OrderBy(o => o.DueOn).First(), Count: g.Count()))
            .OrderBy(x => x.Earliest.DueOn)
            .Select(x => new SchemeReportItem(
                x.Pilot.Title,
                PilotRoutes.AdminUrl(x.Pilot.Id),
                new($"期限超過 {x.Count}件（最も古いもの：{PilotText.Step(x.Earliest.Step).Ja}）", $"{x.Count} overdue (oldest: {PilotText.Step(x.Earliest.Step).En})"),
                x.Earliest.DueOn))
            .ToList();
        return new SchemeReport(
            new("実証実験サポート", "Pilot support"),
            [
                new(new("状態別の実証実験", "Pilots by status"), PilotText.Statuses.Select(s => new SchemeReportPoint(PilotText.Status(s), byStatus.GetValueOrDefault(s))).ToList()),
                new(new("開始年別の実証実験", "Pilots by year of start"), years),
            ],
            new("チェックリストの期限を過ぎた実証実験", "Pilots with overdue checklist items"),
            attention,
            PilotRoutes.Export);
    }
}

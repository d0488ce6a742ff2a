using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Partnership's figures on the proposals dashboard: agreements by status and by signing year, the signed or running ones
/// due for review (review date within 30 days or past), and the registry's CSV.
/// </summary>
internal sealed class PartnershipReport(PartnershipDbContext db, TimeProvider clock) : ISchemeReport
{
    public const int ReviewWindowDays = 30;

    public async Task<SchemeReport> BuildAsync(CancellationToken cancellationToken = default)
    {
        var statuses = await db.Agreements.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var signed = await db.Agreements.Where(a => a.SignedOn != null).Select(a => a.SignedOn!.Value).ToListAsync(cancellationToken);
        var byStatus = Enum.GetValues<AgreementStatus>()
            .Select(s => new SchemeReportPoint(AgreementTexts.Status(s), statuses.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList();
        var byYear = signed.GroupBy(d => d.Year).OrderBy(g => g.Key)
            .Select(g => new SchemeReportPoint(YearLabel(g.Key), g.Count())).ToList();

        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(ReviewWindowDays);
        var live = new[] { AgreementStatus.Signed, AgreementStatus.InEffect };
        var due = await db.Agreements.AsNoTracking()
            .Where(a => live.Contains(a.Status) && a.ReviewOn != null && a.ReviewOn <= horizon)
            .OrderBy(a => a.ReviewOn).Take(50).ToListAsync(cancellationToken);
        var attention = due.Select(a => new SchemeReportItem(
            a.Title,
            AgreementRoutes.Admin(a.Id),
            a.ReviewOn < today ? new LocalizedText("見直しの日を過ぎています", "Review overdue") : new LocalizedText("見直しの日が近づいています", "Review coming up"),
            a.ReviewOn)).ToList();

        return new SchemeReport(
            new("パートナーシップ事業（連携協定）", "Partnerships (agreements)"),
            [new(new("状況別の連携協定", "Agreements by status"), byStatus), new(new("締結年別の連携協定", "Agreements by year signed"), byYear)],
            new($"見直しが近い・過ぎた連携協定（{ReviewWindowDays}日以内）", $"Agreements due for review (within {ReviewWindowDays} days or past)"),
            attention,
            AgreementRoutes.Export);
    }

    private static LocalizedText YearLabel(int year)
    {
        var era = JapaneseDate.EraYear(new DateOnly(year, 12, 31));
        var western = year.ToString(CultureInfo.InvariantCulture);
        return new(era is null ? western + "年" : $"{western}年（{era}）", western);
    }
}

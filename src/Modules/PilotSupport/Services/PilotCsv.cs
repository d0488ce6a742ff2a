using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>The list's pilots as a CSV file (<see cref="CsvFile"/>): the registry's facts, never staff's notes.</summary>
internal sealed class PilotCsv(PilotSupportDbContext db, PilotList list, IUserDirectory directory)
{
    public async Task<(byte[] File, int Rows)> WriteAsync(PilotFilter filter, string? departmentScope, bool english, CancellationToken cancellationToken)
    {
        var overdue = PilotList.OverdueItems(db, list.Today);
        var rows = await list.Matching(filter, departmentScope)
            .Select(p => new
            {
                Pilot = p,
                Overdue = overdue.Count(i => i.PilotId == p.Id),
                Received = p.ReportReceivedUtc,
            })
            .ToListAsync(cancellationToken);
        var departments = await directory.DepartmentsAsync(cancellationToken);
        string L(LocalizedText text) => english ? text.En : text.Ja;
        static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] header = english
            ? ["No.", "Title", "Receipt number", "Status", "Department", "Businesses", "Start", "End", "Place", "City provides", "Business does", "Budget (yen)", "Overdue checklist items", "Report received (JST)"]
            : ["番号", "件名", "受付番号", "状態", "担当課", "実施事業者", "開始日", "終了日", "実施場所", "市が提供するもの", "事業者の役割", "予算措置額（円）", "期限超過の項目数", "報告書受領日"];
        var cells = rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Pilot.Id.ToString(CultureInfo.InvariantCulture),
            r.Pilot.Title,
            r.Pilot.ReceiptNumber,
            L(PilotText.Status(r.Pilot.Status)),
            departments.FirstOrDefault(d => d.Code == r.Pilot.DepartmentCode) is { } d ? L(d.Name) : r.Pilot.DepartmentCode,
            string.Join(" / ", PilotJson.Read(r.Pilot.BusinessesJson).Select(b => b.Name)),
            Day(r.Pilot.StartDate),
            Day(r.Pilot.EndDate),
            r.Pilot.Place,
            string.Join(" / ", PilotText.Labels(r.Pilot.CityProvides).Select(L)),
            string.Join(" / ", PilotText.Labels(r.Pilot.BusinessDoes).Select(L)),
            r.Pilot.BudgetAmount?.ToString(CultureInfo.InvariantCulture),
            r.Overdue.ToString(CultureInfo.InvariantCulture),
            r.Received is { } received ? Day(JapanTime.Day(received)) : null,
        ]);
        return (CsvFile.Write(header, cells), rows.Count);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// The registry as a CSV file for spreadsheets (<see cref="CsvFile"/>: Excel-safe, formulas defused): what the list shows and
/// the dates, never the internal notes, documents or follow-ups.
/// </summary>
internal sealed class AgreementCsv(AgreementList list, IUserDirectory directory)
{
    public async Task<(byte[] File, int Rows)> WriteAsync(AgreementQuery query, string? scope, bool english, CancellationToken cancellationToken)
    {
        var rows = await list.Matching(query, scope).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var departments = await directory.DepartmentsAsync(cancellationToken);
        string[] header = english
            ? ["No.", "Title", "Kind", "Status", "Partners", "Corporate numbers", "Lead department", "Signed on", "Term from", "Term to", "Review on", "Renewal notice on", "Proposal", "Areas of collaboration"]
            : ["番号", "件名", "種類", "状況", "連携先", "法人番号", "担当課", "締結日", "期間（開始）", "期間（終了）", "見直しの日", "更新の通知日", "提案の受付番号", "連携事項"];
        var cells = rows.Select(a => (IReadOnlyList<string?>)
        [
            a.Id.ToString(CultureInfo.InvariantCulture),
            a.Title,
            AgreementTexts.Pick(AgreementTexts.Type(a.Type), english),
            AgreementTexts.Pick(AgreementTexts.Status(a.Status), english),
            string.Join(" / ", a.Partners().Select(p => p.Name)),
            string.Join(" / ", a.Partners().Select(p => p.CorporateNumber ?? string.Empty)),
            departments.FirstOrDefault(d => d.Code == a.DepartmentCode) is { } d ? AgreementTexts.Pick(d.Name, english) : a.DepartmentCode,
            Iso(a.SignedOn),
            Iso(a.TermStart),
            Iso(a.TermEnd),
            Iso(a.ReviewOn),
            Iso(a.RenewalNoticeOn),
            a.HasProposal ? a.ReceiptNumber : null,
            string.Join(" / ", a.Items().Select(i => i.Ja)),
        ]);
        return (CsvFile.Write(header, cells), rows.Count);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

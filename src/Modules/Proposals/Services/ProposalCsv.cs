using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The inbox's proposals as a CSV file for spreadsheets (<see cref="CsvFile"/>): what the inbox lists and
/// more, but never the contact person nor anything the proposer wrote beyond the title.
/// </summary>
internal sealed class ProposalCsv(ProposalInbox inbox, ProposalSchemes schemes, IUserDirectory directory)
{

    public async Task<(byte[] File, int Rows)> WriteAsync(InboxFilter filter, string? departmentScope, bool english, CancellationToken cancellationToken)
    {
        var rows = await inbox.Matching(filter, departmentScope)
            .Select(p => new ExportRow(p.ReceiptNumber, p.SubmittedUtc, p.Kind, p.Scheme, p.Stage, p.ReplyDueUtc, p.LeadDepartmentCode, p.Channel, p.OrganizationsJson, p.Title, p.AnsweredUtc))
            .ToListAsync(cancellationToken);
        var departments = await directory.DepartmentsAsync(cancellationToken);
        string L(LocalizedText text) => english ? text.En : text.Ja;
        string[] header = english
            ? ["Receipt number", "Submitted (JST)", "Kind", "Scheme", "Stage", "Lead department", "Channel", "Organisations", "Title", "Answered (JST)"]
            : ["受付番号", "受付日時（日本時間）", "種類", "手法", "段階", "担当課", "受付方法", "提案者（団体名）", "件名", "回答日"];
        var cells = rows.Select(r => (IReadOnlyList<string?>)
        [
            r.ReceiptNumber,
            JapanTime.Format(r.SubmittedUtc),
            StageText.Kind(r.Kind, english),
            schemes.Find(r.Scheme) is { } scheme ? L(scheme.Name) : r.Scheme,
            StageText.Stage(r.Stage, r.ReplyDueUtc, english),
            departments.FirstOrDefault(d => d.Code == r.LeadDepartmentCode) is { } d ? L(d.Name) : r.LeadDepartmentCode,
            StageText.Channel(r.Channel, english),
            string.Join(" / ", (JsonSerializer.Deserialize<List<ProposalOrganization>>(r.OrganizationsJson, ProposalJson.Options) ?? []).Select(o => o.Name)),
            r.Title,
            r.AnsweredUtc is { } answered ? JapanTime.Day(answered).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        ]);
        return (CsvFile.Write(header, cells), rows.Count);
    }

    private sealed record ExportRow(
        string ReceiptNumber, DateTime SubmittedUtc, ProposalKind Kind, string Scheme, ProposalStage Stage, DateTime? ReplyDueUtc,
        string? LeadDepartmentCode, ProposalChannel Channel, string OrganizationsJson, string Title, DateTime? AnsweredUtc);
}

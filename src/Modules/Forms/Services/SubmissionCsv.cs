using CsvHelper;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Submissions as CSV for spreadsheets: UTF-8 with a BOM (Excel in Japan reads it), one column per
/// field, and every cell that a spreadsheet would run as a formula defused with a leading quote.
/// </summary>
internal static class SubmissionCsv
{
    public static byte[] Write(IReadOnlyList<FormSubmission> submissions, IReadOnlyList<FormDefinition> forms, bool english)
    {
        var columns = new List<(string Name, string Label)>();
        foreach (var form in forms.Where(f => submissions.Any(s => s.FormId == f.Id)))
        {
            foreach (var field in form.GetFields().Where(f => columns.All(c => c.Name != f.Name)))
            {
                columns.Add((field.Name, field.Label(english)));
            }
        }

        foreach (var name in submissions.SelectMany(s => s.GetValues().Keys).Distinct().Where(n => columns.All(c => c.Name != n)).ToList())
        {
            columns.Add((name, name));
        }

        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.None, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            string[] fixedHeaders = english
                ? ["Receipt number", "Form", "Submitted (JST)", "Language", "Workflow event", "E-mail"]
                : ["受付番号", "フォーム", "送信日時（日本時間）", "言語", "ワークフロー連携", "メール"];
            foreach (var header in fixedHeaders.Concat(columns.Select(c => c.Label)))
            {
                csv.WriteField(CsvCells.Defuse(header));
            }

            csv.EndRecord();
            foreach (var submission in submissions)
            {
                var values = submission.GetValues();
                csv.WriteField(CsvCells.Defuse(submission.ReceiptNumber));
                csv.WriteField(CsvCells.Defuse(submission.FormName));
                csv.WriteField(JapanTime.Format(submission.SubmittedUtc, seconds: true));
                csv.WriteField(submission.Culture);
                csv.WriteField(submission.EventStatus.ToString());
                csv.WriteField(submission.EmailStatus.ToString());
                foreach (var column in columns)
                {
                    csv.WriteField(CsvCells.Defuse(values.GetValueOrDefault(column.Name) ?? string.Empty));
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}

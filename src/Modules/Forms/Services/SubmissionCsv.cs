using System.Globalization;
using CsvHelper;
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
                csv.WriteField(Defuse(header));
            }

            csv.EndRecord();
            foreach (var submission in submissions)
            {
                var values = submission.GetValues();
                csv.WriteField(Defuse(submission.ReceiptNumber));
                csv.WriteField(Defuse(submission.FormName));
                csv.WriteField(JapanTime.Format(submission.SubmittedUtc, seconds: true));
                csv.WriteField(submission.Culture);
                csv.WriteField(submission.EventStatus.ToString());
                csv.WriteField(submission.EmailStatus.ToString());
                foreach (var column in columns)
                {
                    csv.WriteField(Defuse(values.GetValueOrDefault(column.Name) ?? string.Empty));
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A cell starting with = + - @ tab or CR is prefixed with an apostrophe so it is shown as text,
    /// except plain numbers such as -5 or 3.14, which no spreadsheet runs as a formula.
    /// </summary>
    public static string Defuse(string value)
    {
        if (value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return value;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            && value[0] is '-' or '+'
            ? value
            : "'" + value;
    }
}

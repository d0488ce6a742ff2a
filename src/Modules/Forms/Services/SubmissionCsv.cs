using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Submissions as CSV for spreadsheets (<see cref="CsvFile"/>): the fixed columns, then one column per
/// field of the forms involved (and any other answer they hold).
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

        string[] fixedHeaders = english
            ? ["Receipt number", "Form", "Submitted (JST)", "Language", "Workflow event", "E-mail"]
            : ["受付番号", "フォーム", "送信日時（日本時間）", "言語", "ワークフロー連携", "メール"];
        var rows = submissions.Select(submission =>
        {
            var values = submission.GetValues();
            string?[] fixedCells =
            [
                submission.ReceiptNumber,
                submission.FormName,
                JapanTime.Format(submission.SubmittedUtc, seconds: true),
                submission.Culture,
                submission.EventStatus.ToString(),
                submission.EmailStatus.ToString(),
            ];
            return (IReadOnlyList<string?>)[.. fixedCells, .. columns.Select(c => values.GetValueOrDefault(c.Name) ?? string.Empty)];
        });
        return CsvFile.Write([.. fixedHeaders, .. columns.Select(c => c.Label)], rows);
    }
}

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>The submissions list's filters, from the query string (dates as yyyy-MM-dd, Japan time).</summary>
internal sealed class SubmissionFilter
{
    public string? Form { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Q { get; set; }

    public SubmissionEventStatus? Status { get; set; }

    public int Page { get; set; } = 1;

    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("form", Form);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("q", Q);
        Add("status", Status?.ToString());
        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}

internal sealed record SubmissionRow(long Id, string FormName, string ReceiptNumber, DateTime SubmittedUtc, SubmissionEventStatus EventStatus, SubmissionEmailStatus EmailStatus, string Culture);

internal sealed record SubmissionListPage(
    SubmissionFilter Filter, IReadOnlyList<SubmissionRow> Rows, int Total, int PageSize, IReadOnlyList<FormDefinition> Forms, bool CanManage)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal sealed record SubmissionFileRow(string Id, string FieldName, string FileName, string ContentType, long Length);

internal sealed record SubmissionDetailPage(
    FormSubmission Submission, FormDefinition? Form, IReadOnlyList<FormField> Fields, IReadOnlyDictionary<string, string> Values, IReadOnlyList<SubmissionFileRow> Files, bool CanManage);

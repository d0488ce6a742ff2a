using System.Text.Json;
using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>
/// What someone sent through a form. Creation and deletion are audited (without the personal data:
/// values are not copied into the audit trail); delivery status changes are not.
/// </summary>
internal sealed class FormSubmission : IAuditable
{
    public long Id { get; set; }

    public int FormId { get; set; }

    public required string FormName { get; set; }

    public required string ReceiptNumber { get; set; }

    public string Culture { get; set; } = "ja";

    public DateTime SubmittedUtc { get; set; }

    /// <summary>Field name → normalised value (several checkbox values joined by ", ").</summary>
    [NotAudited]
    public string ValuesJson { get; set; } = "{}";

    /// <summary>Lower-cased receipt number and values, for the admin's text filter.</summary>
    [NotAudited]
    public string SearchText { get; set; } = string.Empty;

    [NotAudited]
    public SubmissionEventStatus EventStatus { get; set; }

    [NotAudited]
    public int EventAttempts { get; set; }

    [NotAudited]
    public string? EventError { get; set; }

    [NotAudited]
    public DateTime? EventPublishedUtc { get; set; }

    [NotAudited]
    public SubmissionEmailStatus EmailStatus { get; set; }

    [NotAudited]
    public string? EmailError { get; set; }

    public Dictionary<string, string> GetValues() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(ValuesJson, FormJson.Options) ?? [];
}

internal enum SubmissionEventStatus
{
    /// <summary>Stored, event not yet handed over (or the process stopped before it was).</summary>
    Pending = 0,
    Published = 1,
    Failed = 2,

    /// <summary>The Workflows module is off or absent: there was nobody to tell.</summary>
    Skipped = 3,
}

internal enum SubmissionEmailStatus
{
    None = 0,
    Queued = 1,
    Failed = 2,
}

/// <summary>An uploaded file of a submission; bytes in the database so every node serves them.</summary>
internal sealed class SubmissionFile
{
    public required string Id { get; set; }

    public long SubmissionId { get; set; }

    public required string FieldName { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required byte[] Data { get; set; }
}

/// <summary>The last receipt number handed out per prefix and day (key "C-20261128").</summary>
internal sealed class ReceiptCounter
{
    public required string Key { get; set; }

    public int Value { get; set; }
}

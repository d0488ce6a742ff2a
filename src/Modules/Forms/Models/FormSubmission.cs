using System.Text.Json;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>
/// What someone sent through a form. Not IAuditable: it is stored inside a transaction that, on
/// SQLite, would lock out the audit trail's own connection; deletions are audited explicitly
/// (<see cref="Services.SubmissionAudit"/>), without the personal data.
/// </summary>
internal sealed class FormSubmission
{
    public long Id { get; set; }

    public int FormId { get; set; }

    public required string FormName { get; set; }

    public required string ReceiptNumber { get; set; }

    public string Culture { get; set; } = "ja";

    public DateTime SubmittedUtc { get; set; }

    /// <summary>Field name → normalised value (several checkbox values joined by ", ").</summary>
    public string ValuesJson { get; set; } = "{}";

    /// <summary>Lower-cased receipt number and values, for the admin's text filter.</summary>
    public string SearchText { get; set; } = string.Empty;

    public SubmissionEventStatus EventStatus { get; set; }

    public int EventAttempts { get; set; }

    public string? EventError { get; set; }

    public DateTime? EventPublishedUtc { get; set; }

    public SubmissionEmailStatus EmailStatus { get; set; }

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

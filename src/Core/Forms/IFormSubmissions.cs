namespace OpenCityAomori.Core.Forms;

/// <summary>One stored form submission's answers, by field name (files are not included).</summary>
public sealed record FormSubmissionValues(
    long Id, string FormName, string ReceiptNumber, DateTime SubmittedUtc, string Culture, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Reads a stored submission for another module's staff page (e.g. the desk turns a CONTACT submission into a proposal).
/// Each read is audited, since the answers hold personal data. Implemented by Forms.
/// </summary>
public interface IFormSubmissions
{
    /// <summary>The submission with this receipt number (C-…), or null.</summary>
    Task<FormSubmissionValues?> FindByReceiptAsync(string receiptNumber, string reason, CancellationToken cancellationToken = default);
}

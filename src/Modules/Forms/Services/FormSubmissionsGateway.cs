using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>The Core face of stored submissions for other modules: one by receipt number, each read audited with its reason.</summary>
internal sealed class FormSubmissionsGateway(FormsDbContext db, IAuditTrail trail) : IFormSubmissions
{
    public async Task<FormSubmissionValues?> FindByReceiptAsync(string receiptNumber, string reason, CancellationToken cancellationToken = default)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ReceiptNumber == receiptNumber, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        await trail.RecordAsync(
            new AuditRecord(FormsModule.Id, "Read", nameof(FormSubmission), submission.Id.ToString(CultureInfo.InvariantCulture), null,
                JsonSerializer.Serialize(new { submission.FormName, submission.ReceiptNumber, Reason = reason })),
            cancellationToken);
        return new FormSubmissionValues(submission.Id, submission.FormName, submission.ReceiptNumber, submission.SubmittedUtc, submission.Culture, submission.GetValues());
    }
}

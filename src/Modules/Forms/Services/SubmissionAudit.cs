using System.Text.Json;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Deletes submissions with an audit record of each (which one, of which form, when sent, why
/// deleted) in one transaction: submissions are not <see cref="IAuditable"/>, their answers never go
/// to the trail, so their deletion is described here.
/// </summary>
internal sealed class SubmissionAudit(FormsDbContext db, IAuditTrail trail, IModuleOwnership modules, AmbientTransaction ambient)
{
    public async Task DeleteAsync(IReadOnlyList<FormSubmission> submissions, string reason, CancellationToken cancellationToken)
    {
        var category = modules.ModuleIdOf(typeof(SubmissionAudit).Assembly)
            ?? throw new InvalidOperationException("The Forms module is not in the host's catalog.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var joined = ambient.Use(transaction);
        db.Submissions.RemoveRange(submissions);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var s in submissions)
        {
            var before = JsonSerializer.Serialize(new { s.FormName, s.ReceiptNumber, s.SubmittedUtc, Reason = reason });
            await trail.RecordAsync(new AuditRecord(category, "Deleted", nameof(FormSubmission), s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

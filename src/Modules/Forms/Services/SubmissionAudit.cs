using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Writes the deletion of submissions to the audit trail: which one, of which form, when sent, why deleted.</summary>
internal sealed class SubmissionAudit(IServiceProvider services)
{
    public async Task DeletedAsync(IEnumerable<FormSubmission> submissions, string reason, CancellationToken cancellationToken)
    {
        if (services.GetService<IAuditTrail>() is not { } trail)
        {
            return;
        }

        foreach (var s in submissions)
        {
            var before = JsonSerializer.Serialize(new { s.FormName, s.ReceiptNumber, s.SubmittedUtc, Reason = reason });
            await trail.RecordAsync(new AuditRecord("Forms", "Deleted", nameof(FormSubmission), s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, null), cancellationToken);
        }
    }
}

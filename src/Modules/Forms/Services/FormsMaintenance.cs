using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// The periodic work of the module: publish again the events that failed (or were never handed over
/// because the process stopped) and delete submissions past their form's retention period (each
/// deletion is audited). Several nodes may run it at once: events are idempotent by id and a
/// submission another node deleted first is simply skipped.
/// </summary>
internal sealed class FormsMaintenance(FormsDbContext db, SubmissionEvents events, SubmissionAudit audit, TimeProvider clock, IOptions<FormsOptions> options, ILogger<FormsMaintenance> logger)
{
    private const int Batch = 100;

    public async Task<int> RetryEventsAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pendingBefore = clock.GetUtcNow().UtcDateTime.AddSeconds(-settings.PendingGraceSeconds);
        var due = await db.Submissions.AsNoTracking()
            .Where(s => (s.EventStatus == SubmissionEventStatus.Failed || (s.EventStatus == SubmissionEventStatus.Pending && s.SubmittedUtc < pendingBefore))
                && s.EventAttempts < settings.MaxEventAttempts)
            .OrderBy(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var submission in due)
        {
            if (await events.PublishAsync(submission, cancellationToken) == SubmissionEventStatus.Published)
            {
                published++;
            }
        }

        return published;
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var forms = await db.Definitions.AsNoTracking().Where(d => d.RetentionDays > 0)
            .Select(d => new { d.Id, d.Name, d.RetentionDays }).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var form in forms)
        {
            var before = now.AddDays(-form.RetentionDays);
            var expired = await db.Submissions.Where(s => s.FormId == form.Id && s.SubmittedUtc < before)
                .OrderBy(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                continue;
            }

            try
            {
                await audit.DeleteAsync(expired, $"retention: older than {form.RetentionDays} days", cancellationToken);
                deleted += expired.Count;
                logger.LogInformation("Retention: deleted {Count} submissions of {Form} older than {Days} days", expired.Count, form.Name, form.RetentionDays);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node deleted some of them first; the next round picks up what is left.
            }

            db.ChangeTracker.Clear();
        }

        return deleted;
    }
}

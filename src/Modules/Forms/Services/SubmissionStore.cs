using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Stores a valid submission, its files, its receipt number and its e-mails (through the outbox,
/// enlisted in the same transaction) as one unit of work, committed before the visitor is thanked.
/// </summary>
internal sealed class SubmissionStore(
    FormsDbContext db,
    AmbientTransaction ambient,
    TimeProvider clock,
    SubmissionEmails emails,
    ILogger<SubmissionStore> logger)
{
    private const int Attempts = 5;

    public async Task<FormSubmission> StoreAsync(
        FormDefinition form, FormValidationResult input, string culture, string siteOrigin, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreOnceAsync(form, input, culture, siteOrigin, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < Attempts)
            {
                // Two first submissions of a day raced for the counter row: the loser tries again.
                logger.LogInformation(ex, "Storing a submission of {Form} collided (attempt {Attempt}); retrying", form.Name, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<FormSubmission> StoreOnceAsync(
        FormDefinition form, FormValidationResult input, string culture, string siteOrigin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            var receipt = await ReceiptNumbers.NextAsync(db, form.ReceiptPrefix, now, cancellationToken);
            var submission = new FormSubmission
            {
                FormId = form.Id,
                FormName = form.Name,
                ReceiptNumber = receipt,
                Culture = culture,
                SubmittedUtc = now,
                ValuesJson = JsonSerializer.Serialize(input.Values, FormJson.Options),
                SearchText = (receipt + "\n" + string.Join("\n", input.Values.Values)).ToLowerInvariant(),
                EventStatus = SubmissionEventStatus.Pending,
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var file in input.Files)
            {
                db.Files.Add(new SubmissionFile
                {
                    Id = Guid.NewGuid().ToString("N"),
                    SubmissionId = submission.Id,
                    FieldName = file.FieldName,
                    FileName = file.FileName,
                    ContentType = file.ContentType,
                    Length = file.Bytes.Length,
                    Data = file.Bytes,
                });
            }

            var (status, error) = await emails.EnqueueAsync(form, submission, input.Values, siteOrigin, cancellationToken);
            submission.EmailStatus = status;
            submission.EmailError = error;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return submission;
        }
    }
}

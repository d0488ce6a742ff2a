using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Hands a stored submission to the workflows as <c>FormSubmitted</c>. The submission is already
/// committed: a failure is recorded on it and retried later (the event id makes a repeat harmless).
/// </summary>
internal sealed class SubmissionEvents(IModuleCapability<IWorkflowEventPublisher> workflows, FormsDbContext db, TimeProvider clock, ILogger<SubmissionEvents> logger)
{
    public const string EventName = "FormSubmitted";

    public static readonly WorkflowEventDescriptor Descriptor = new(
        EventName,
        new LocalizedText("フォームが送信された", "A form was submitted"),
        ["formName", "receiptNumber", "submissionId", "submittedAt", "culture", "adminUrl", "field.<name>"]);

    public static string KeyOf(long submissionId) => $"form-submission:{submissionId}";

    public static WorkflowEvent Build(FormSubmission submission)
    {
        var data = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["formName"] = submission.FormName,
            ["receiptNumber"] = submission.ReceiptNumber,
            ["submissionId"] = submission.Id.ToString(CultureInfo.InvariantCulture),
            ["submittedAt"] = submission.SubmittedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["culture"] = submission.Culture,
            ["adminUrl"] = $"/admin/forms/submissions/{submission.Id}",
        };
        foreach (var (name, value) in submission.GetValues())
        {
            data["field." + name] = value;
        }

        var key = KeyOf(submission.Id);
        return new WorkflowEvent(EventName, key, key, data);
    }

    /// <summary>Publishes and records the outcome on the submission; never throws for a publishing failure.</summary>
    public async Task<SubmissionEventStatus> PublishAsync(FormSubmission submission, CancellationToken cancellationToken)
    {
        if (workflows.Value is not { } publisher)
        {
            await RecordAsync(submission.Id, SubmissionEventStatus.Skipped, null, cancellationToken);
            return SubmissionEventStatus.Skipped;
        }

        try
        {
            await publisher.PublishAsync(Build(submission), cancellationToken);
            await RecordAsync(submission.Id, SubmissionEventStatus.Published, null, cancellationToken);
            return SubmissionEventStatus.Published;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Publishing FormSubmitted for {Receipt} failed; it will be retried", submission.ReceiptNumber);
            var message = ex.GetType().Name + ": " + ex.Message;
            await RecordAsync(submission.Id, SubmissionEventStatus.Failed, message.Length > 2000 ? message[..2000] : message, CancellationToken.None);
            return SubmissionEventStatus.Failed;
        }
    }

    private async Task RecordAsync(long id, SubmissionEventStatus status, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? published = status == SubmissionEventStatus.Published ? now : null;
        await db.Submissions.Where(s => s.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.EventStatus, status)
                .SetProperty(x => x.EventError, error)
                .SetProperty(x => x.EventPublishedUtc, published)
                .SetProperty(x => x.EventAttempts, x => x.EventAttempts + 1),
            cancellationToken);
    }
}

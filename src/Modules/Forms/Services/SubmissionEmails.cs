using System.Text;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// The e-mails of a submission, written to the outbox in the submission's transaction: a confirmation
/// to the submitter (when the form asks for one) in their language, and a short notice to the form's
/// notify addresses that links to the admin (no personal data in it).
/// </summary>
internal sealed class SubmissionEmails(IEmailOutbox outbox, ISiteSettingsService settings, ILogger<SubmissionEmails> logger)
{
    public async Task<(SubmissionEmailStatus Status, string? Error)> EnqueueAsync(
        FormDefinition form, FormSubmission submission, IReadOnlyDictionary<string, string> values, string siteOrigin, CancellationToken cancellationToken)
    {
        var confirmTo = form.ConfirmationField is { } field ? values.GetValueOrDefault(field) : null;
        var notify = form.GetNotifyEmails();
        if (string.IsNullOrWhiteSpace(confirmTo) && notify.Count == 0)
        {
            return (SubmissionEmailStatus.None, null);
        }

        var site = await settings.GetAsync(cancellationToken);
        var source = $"form:{submission.Id}";
        var errors = new List<string>();
        var queued = false;
        if (!string.IsNullOrWhiteSpace(confirmTo))
        {
            var english = submission.Culture == Cultures.English;
            queued |= await TryAsync(outbox, new EmailMessage([confirmTo], ConfirmationSubject(form, submission, site, english), ConfirmationBody(form, submission, values, site, english), null, source), errors, cancellationToken);
        }

        if (notify.Count > 0)
        {
            var subject = $"[{form.TitleJa}] 新しい送信 / New submission {submission.ReceiptNumber}";
            var body = $"{form.TitleJa}（{form.Name}）に送信がありました。\n受付番号: {submission.ReceiptNumber}\n"
                + $"{siteOrigin}/admin/forms/submissions/{submission.Id}\n\n"
                + $"A new submission was received through {form.TitleEn}.\nReceipt number: {submission.ReceiptNumber}\n";
            queued |= await TryAsync(outbox, new EmailMessage(notify, subject, body, confirmTo, source), errors, cancellationToken);
        }

        return errors.Count == 0 ? (SubmissionEmailStatus.Queued, null) : (queued ? SubmissionEmailStatus.Queued : SubmissionEmailStatus.Failed, string.Join(" / ", errors));
    }

    private async Task<bool> TryAsync(IEmailOutbox outbox, EmailMessage message, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.EnqueueAsync(message, cancellationToken);
            return true;
        }
        catch (ArgumentException ex)
        {
            logger.LogWarning(ex, "E-mail to {To} refused by the outbox", string.Join(", ", message.To));
            errors.Add(ex.Message);
            return false;
        }
    }

    private static string ConfirmationSubject(FormDefinition form, FormSubmission submission, SiteSettings site, bool english) => english
        ? $"[{site.SiteName.En}] We received your {form.Title(true)} (receipt {submission.ReceiptNumber})"
        : $"【{site.SiteName.Ja}】{form.Title(false)}を受け付けました（受付番号 {submission.ReceiptNumber}）";

    private static string ConfirmationBody(FormDefinition form, FormSubmission submission, IReadOnlyDictionary<string, string> values, SiteSettings site, bool english)
    {
        var text = new StringBuilder();
        text.AppendLine(english ? "Thank you. We have received the following." : "送信ありがとうございました。次の内容で受け付けました。").AppendLine();
        text.AppendLine((english ? "Receipt number: " : "受付番号: ") + submission.ReceiptNumber).AppendLine();
        foreach (var field in form.GetFields().Where(f => f.Kind is not FormFieldKind.Consent))
        {
            var value = values.GetValueOrDefault(field.Name) ?? string.Empty;
            if (field.Kind == FormFieldKind.Checkbox && field.Options.Count == 0)
            {
                value = value == "true" ? (english ? "Yes" : "はい") : (english ? "No" : "いいえ");
            }

            text.AppendLine($"■ {field.Label(english)}").AppendLine(value).AppendLine();
        }

        var thanks = form.ThankYou(english);
        if (thanks.Length > 0)
        {
            text.AppendLine(thanks).AppendLine();
        }

        text.AppendLine(english ? site.DeskName.En : site.DeskName.Ja);
        text.AppendLine(english ? "This message was sent automatically; to reply, use the contact form." : "このメールは自動送信です。");
        return text.ToString();
    }
}

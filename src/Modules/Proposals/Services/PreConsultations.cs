using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// 事前相談: the short form's rules, and one durable transaction per request (the record, its receipt number, the
/// receipt e-mail and the desk's notice), stored before it is acknowledged, like a proposal.
/// </summary>
internal sealed class PreConsultations(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    ProposalEmails emails,
    INotificationSender notifications,
    TimeProvider clock,
    ILogger<PreConsultations> logger)
{
    public const int MaxQuestion = 4000;

    public static IReadOnlyList<(string Key, string Message)> Validate(ConsultationInput input, string noticeVersion, bool english)
    {
        var errors = new List<(string, string)>();
        void Error(string key, string ja, string en) => errors.Add(("Input." + key, english ? en : ja));
        void Required(string? value, string key, int max, string ja, string en)
        {
            var text = ProposalValidator.Text(value);
            if (text.Length == 0)
            {
                Error(key, $"{ja}を入力してください。", $"Enter {en}.");
            }
            else if (text.Length > max)
            {
                Error(key, $"{ja}は{max:N0}文字以内で入力してください。", $"{char.ToUpperInvariant(en[0])}{en[1..]} can be at most {max:N0} characters.");
            }
        }

        Required(input.Organization, "Organization", 200, "法人・団体名", "your organisation's name");
        Required(input.ContactName, "ContactName", 100, "担当者名", "the contact person's name");
        input.ContactEmail = ContactFields.Email(input.ContactEmail, (ja, en) => Error("ContactEmail", ja, en));
        input.ContactPhone = ContactFields.Phone(input.ContactPhone, required: false, (ja, en) => Error("ContactPhone", ja, en));
        Required(input.Topic, "Topic", 200, "相談したいテーマ", "the topic");
        Required(input.Question, "Question", MaxQuestion, "相談したい内容", "what you would like to discuss");
        if (!input.Consent)
        {
            Error("Consent", "留意事項を確認し、同意してください。", "Read the notes and agree to them.");
        }
        else if (input.NoticeVersion != noticeVersion)
        {
            Error("Consent", "留意事項が更新されました。最新の内容を確認し、改めて同意してください。", "The notes were updated. Read the current notes and agree again.");
        }

        return errors;
    }

    public Task<PreConsultation> SubmitAsync(ConsultationInput input, string culture, string siteOrigin, CancellationToken cancellationToken) =>
        ProposalReceipts.StoreAsync(db, logger, () => SubmitOnceAsync(input, culture, siteOrigin, cancellationToken));

    private async Task<PreConsultation> SubmitOnceAsync(ConsultationInput input, string culture, string siteOrigin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var durable = await DurableCommit.BeginAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            var consultation = new PreConsultation
            {
                ReceiptNumber = await ProposalReceipts.NextAsync(db, now, cancellationToken, ProposalReceipts.ConsultationPrefix),
                Organization = ProposalValidator.Text(input.Organization),
                ContactName = ProposalValidator.Text(input.ContactName),
                ContactEmail = input.ContactEmail ?? string.Empty,
                ContactPhone = input.ContactPhone ?? string.Empty,
                Topic = ProposalValidator.Text(input.Topic),
                Question = ProposalValidator.Text(input.Question),
                ConsentVersion = input.NoticeVersion ?? string.Empty,
                ConsentUtc = now,
                Culture = culture,
                SubmittedUtc = now,
            };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync(cancellationToken);
            await emails.ConsultationReceiptAsync(consultation, siteOrigin, cancellationToken);
            await notifications.NotifyAsync(
                new NotificationRequest(
                    $"事前相談：{consultation.ReceiptNumber}「{consultation.Topic}」",
                    "事前相談の申込みがありました。内容を確認し、申込者に連絡してください。/ A request for a consultation arrived: read it and contact the requester.",
                    ProposalRoutes.ConsultationAdminUrl(consultation.Id),
                    Roles: [RoleNames.DeskStaff],
                    Source: $"consultation:{consultation.Id}"),
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return consultation;
        }
    }
}

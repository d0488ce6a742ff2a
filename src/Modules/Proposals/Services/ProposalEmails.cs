using System.Text;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// E-mails to the proposer, through the outbox in the caller's transaction. They carry the receipt
/// number and the title, never the proposal's content or messages: the tracking page shows those.
/// </summary>
internal sealed class ProposalEmails(IEmailOutbox outbox, ISiteSettingsService settings)
{
    public async Task ReceiptAsync(Proposal proposal, string trackingUrl, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var english = proposal.Culture == Cultures.English;
        var subject = english
            ? $"[{site.DeskName.En}] We received your proposal (receipt {proposal.ReceiptNumber})"
            : $"【{site.DeskName.Ja}】ご提案を受け付けました（受付番号 {proposal.ReceiptNumber}）";
        var body = new StringBuilder();
        if (english)
        {
            body.AppendLine($"Thank you for your proposal \"{proposal.Title}\".").AppendLine()
                .AppendLine($"Receipt number: {proposal.ReceiptNumber}").AppendLine()
                .AppendLine("Follow your proposal, read the desk's messages and reply on your private page:")
                .AppendLine(trackingUrl).AppendLine()
                .AppendLine("Keep this link to yourself: anyone who has it can read your proposal's page.");
        }
        else
        {
            body.AppendLine($"ご提案「{proposal.Title}」をお受けしました。ありがとうございます。").AppendLine()
                .AppendLine($"受付番号：{proposal.ReceiptNumber}").AppendLine()
                .AppendLine("検討の状況の確認、デスクからのご連絡の閲覧と返信は、次の専用ページから行えます。")
                .AppendLine(trackingUrl).AppendLine()
                .AppendLine("このリンクを知っている人は誰でもページを開けます。他の方に知らせないでください。");
        }

        await SendAsync(proposal, subject, body, site, english, cancellationToken);
    }

    /// <summary>The 事前相談's receipt: its number and topic only; the desk answers by e-mail or phone.</summary>
    public async Task ConsultationReceiptAsync(PreConsultation consultation, string siteOrigin, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var english = consultation.Culture == Cultures.English;
        var subject = english
            ? $"[{site.DeskName.En}] We received your request for a consultation (receipt {consultation.ReceiptNumber})"
            : $"【{site.DeskName.Ja}】事前相談を受け付けました（受付番号 {consultation.ReceiptNumber}）";
        var body = new StringBuilder();
        if (english)
        {
            body.AppendLine($"Thank you for your request for a consultation about \"{consultation.Topic}\".").AppendLine()
                .AppendLine($"Receipt number: {consultation.ReceiptNumber}").AppendLine()
                .AppendLine("The desk will contact you by e-mail or phone. When you are ready to propose, you can do so here:")
                .AppendLine(siteOrigin + ProposalRoutes.FormUrl(consultation.Culture));
        }
        else
        {
            body.AppendLine($"「{consultation.Topic}」についての事前相談をお受けしました。ありがとうございます。").AppendLine()
                .AppendLine($"受付番号：{consultation.ReceiptNumber}").AppendLine()
                .AppendLine("公民連携デスクから、メール又はお電話でご連絡いたします。提案の準備が整いましたら、次のページからご提案ください。")
                .AppendLine(siteOrigin + ProposalRoutes.FormUrl(consultation.Culture));
        }

        body.AppendLine();
        Signature(body, site, english);
        await outbox.EnqueueAsync(
            new EmailMessage([consultation.ContactEmail], subject, body.ToString(), site.Email.Length > 0 ? site.Email : null, $"consultation:{consultation.Id}"),
            cancellationToken);
    }

    public async Task NewMessageAsync(Proposal proposal, string linkRequestUrl, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var english = proposal.Culture == Cultures.English;
        var subject = english
            ? $"[{site.DeskName.En}] A message about your proposal (receipt {proposal.ReceiptNumber})"
            : $"【{site.DeskName.Ja}】ご提案についてのご連絡（受付番号 {proposal.ReceiptNumber}）";
        var body = new StringBuilder();
        if (english)
        {
            body.AppendLine($"The desk wrote to you about your proposal \"{proposal.Title}\".")
                .AppendLine("Open your proposal's page from the link in your receipt e-mail to read it and reply.").AppendLine()
                .AppendLine("If you no longer have the link, request a new one here:").AppendLine(linkRequestUrl);
        }
        else
        {
            body.AppendLine($"ご提案「{proposal.Title}」について、デスクからご連絡があります。")
                .AppendLine("受付時のメールにある専用ページのリンクから、内容の確認と返信をお願いいたします。").AppendLine()
                .AppendLine("リンクがお手元にない場合は、こちらから再発行できます。").AppendLine(linkRequestUrl);
        }

        await SendAsync(proposal, subject, body, site, english, cancellationToken);
    }

    public async Task NewLinksAsync(string email, IReadOnlyList<(Proposal Proposal, string Url)> links, bool english, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var subject = english ? $"[{site.DeskName.En}] Your proposal links" : $"【{site.DeskName.Ja}】ご提案の専用ページのリンク";
        var body = new StringBuilder();
        body.AppendLine(english
            ? "Here are new links to your proposals' pages. The links sent before no longer work."
            : "ご提案の専用ページの新しいリンクをお送りします。以前のリンクは使えなくなりました。").AppendLine();
        foreach (var (proposal, url) in links)
        {
            body.AppendLine($"{proposal.ReceiptNumber}「{proposal.Title}」").AppendLine(url).AppendLine();
        }

        Signature(body, site, english);
        await outbox.EnqueueAsync(new EmailMessage([email], subject, body.ToString(), site.Email.Length > 0 ? site.Email : null, "proposals:link"), cancellationToken);
    }

    private async Task SendAsync(Proposal proposal, string subject, StringBuilder body, SiteSettings site, bool english, CancellationToken cancellationToken)
    {
        if (proposal.ContactEmail.Length == 0)
        {
            // The address was removed with the personal data after the retention period: there is no one to tell.
            return;
        }

        body.AppendLine();
        Signature(body, site, english);
        await outbox.EnqueueAsync(
            new EmailMessage([proposal.ContactEmail], subject, body.ToString(), site.Email.Length > 0 ? site.Email : null, $"proposal:{proposal.Id}"),
            cancellationToken);
    }

    private static void Signature(StringBuilder body, SiteSettings site, bool english)
    {
        body.AppendLine(english ? site.DeskName.En : site.DeskName.Ja);
        var organization = english ? site.Organization.En : site.Organization.Ja;
        if (organization.Length > 0)
        {
            body.AppendLine(organization);
        }

        if (site.Phone.Length > 0)
        {
            body.AppendLine((english ? "Phone: " : "電話 ") + site.Phone);
        }
    }
}

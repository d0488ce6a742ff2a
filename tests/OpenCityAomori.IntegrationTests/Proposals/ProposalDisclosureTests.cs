using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>情報公開: the disclosure copy is redacted, releases only what staff chose, records the consultation and is audited.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalDisclosureTests(ProposalHosts hosts)
{
    private const string PersonalMark = "■■■（個人情報のため不開示）";
    private const string ConfidentialMark = "■■■（不開示情報）";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_disclosure_copy_withholds_personal_and_confidential_data_shows_released_items_and_each_copy_is_audited(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "情報公開の試験 " + provider;
        var email = $"disclose-{provider}@example.jp";
        var (proposal, tracking) = await SubmitWithDetailsAsync(host, title, email, "corporation");
        using (var replied = await host.NewClient().PostMultipartAsync(tracking, tracking + "/reply",
            [new("body", "担当の青森 太郎です。見積額は内密にお願いします。")], ("Attachments[0]", "見積書.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var url = $"/admin/proposals/{proposal.Id}/disclosure";
        Assert.Contains(url, await desk.GetStringAsync($"/admin/proposals/{proposal.Id}"), StringComparison.Ordinal);
        Assert.Contains("まだ意見照会の記録がありません", await desk.GetStringAsync(url), StringComparison.Ordinal);

        var first = await desk.GetStringAsync(url + "/print");
        Assert.Contains("<html lang=\"ja\">", first, StringComparison.Ordinal);
        Assert.Contains(title, first, StringComparison.Ordinal);
        Assert.Contains("株式会社テスト", first, StringComparison.Ordinal);
        Assert.Contains("7000012050002", first, StringComparison.Ordinal);
        Assert.Contains("公開してよい詳細", first, StringComparison.Ordinal);
        Assert.Contains(PersonalMark, first, StringComparison.Ordinal);
        Assert.Contains(ConfidentialMark, first, StringComparison.Ordinal);
        Assert.Contains("意見照会（第三者意見照会）が記録されていません", first, StringComparison.Ordinal);
        AssertNoPersonalData(first, email);
        foreach (var withheld in new[] { "非公開の概要", "提案書.pdf", "会社概要.pdf", "見積書.pdf", "見積額" })
        {
            Assert.DoesNotContain(withheld, first, StringComparison.Ordinal);
        }

        var (files, reply) = await WithDbAsync(host, async db => (
            await db.Files.AsNoTracking().Where(f => f.ProposalId == proposal.Id).ToDictionaryAsync(f => f.FileName, f => f.Id),
            await db.Messages.AsNoTracking().SingleAsync(m => m.ProposalId == proposal.Id && m.Author == MessageAuthor.Proposer)));
        using (var release = await desk.PostFormAsync(url, url + "/release",
        [
            new("released", DisclosureKeys.File(files["会社概要.pdf"])),
            new("released", DisclosureKeys.File(files["提案書.pdf"])),
            new("released", DisclosureKeys.Message(reply.Id)),
            new("released", "file:not-this-proposals"),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        }

        using (var invalid = await desk.PostFormAsync(url, url + "/consultation", [new("Form.ConsultedOn", "2999-01-01"), new("Form.Method", "Pigeon"), new("Form.OpinionSummary", " ")]))
        {
            var page = await invalid.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("href=\"#Form_ConsultedOn\"", page, StringComparison.Ordinal);
            Assert.Contains("照会の方法を選んでください。", page, StringComparison.Ordinal);
            Assert.Contains("提案者の意見の要旨を入力してください", page, StringComparison.Ordinal);
        }

        using (var recorded = await desk.PostFormAsync(url, url + "/consultation",
            [new("Form.ConsultedOn", "2025-12-01"), new("Form.Method", "Email"), new("Form.OpinionSummary", "概要と見積書は不開示を希望する。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        var settings = await desk.GetStringAsync(url);
        Assert.Contains("概要と見積書は不開示を希望する。", settings, StringComparison.Ordinal);
        Assert.Contains("desk1@example.jp", settings, StringComparison.Ordinal);

        var second = await desk.GetStringAsync(url + "/print");
        Assert.Contains("会社概要.pdf", second, StringComparison.Ordinal);
        Assert.Contains("見積額は内密にお願いします。", second, StringComparison.Ordinal);
        Assert.Contains("2025-12-01（電子メール）", second, StringComparison.Ordinal);
        Assert.DoesNotContain("記録されていません", second, StringComparison.Ordinal);
        Assert.DoesNotContain("概要と見積書は不開示を希望する。", second, StringComparison.Ordinal);
        AssertNoPersonalData(second, email);
        foreach (var withheld in new[] { "非公開の概要", "提案書.pdf", "見積書.pdf" })
        {
            Assert.DoesNotContain(withheld, second, StringComparison.Ordinal);
        }

        var (consultation, releasedKeys) = await WithDbAsync(host, async db => (
            await db.Set<DisclosureConsultation>().AsNoTracking().SingleAsync(c => c.ProposalId == proposal.Id),
            (await db.Set<DisclosureRelease>().AsNoTracking().SingleAsync(r => r.ProposalId == proposal.Id)).ReleasedKeysJson));
        Assert.Equal((new DateOnly(2025, 12, 1), ConsultationMethod.Email, "desk1@example.jp"), (consultation.ConsultedOn, consultation.Method, consultation.RecordedBy));
        Assert.Equal($"[\"{DisclosureKeys.File(files["会社概要.pdf"])}\",\"{DisclosureKeys.Message(reply.Id)}\"]", releasedKeys);

        // Department staff hold ViewProposals only: no disclosure, and their refused print makes no copy.
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        foreach (var path in new[] { url, url + "/print" })
        {
            using var denied = await keizai.Http.GetAsync(path);
            StaffClient.AssertDenied(denied);
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking();
        var id = proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var exports = await audit.Where(e => e.Action == "DisclosureExport" && e.EntityType == "Proposal" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(("Proposals", "desk1@example.jp"), (e.Category, e.UserName)));
        Assert.Contains("\"consultationRecorded\":false", exports[0].After, StringComparison.Ordinal);
        Assert.Contains(DisclosureKeys.File(files["会社概要.pdf"]), exports[1].After, StringComparison.Ordinal);
        Assert.Contains("\"consultationRecorded\":true", exports[1].After, StringComparison.Ordinal);
        var consultationAudit = await audit.SingleAsync(e => e.EntityType == nameof(DisclosureConsultation) && e.EntityId == consultation.Id.ToString());
        Assert.Contains("Method=0", ProposalAuditTrailTests.Values(consultationAudit.After), StringComparison.Ordinal);
        Assert.DoesNotContain("不開示を希望", ProposalAuditTrailTests.Values(consultationAudit.After), StringComparison.Ordinal);

        var trail = await desk.GetStringAsync($"/admin/proposals/{proposal.Id}");
        Assert.Contains("この提案の記録（監査証跡）", trail, StringComparison.Ordinal);
        Assert.Contains("情報公開用の写しを出力", trail, StringComparison.Ordinal);
        Assert.Contains("開示前の提案者への意見照会", trail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sole_proprietors_trade_name_is_withheld_as_personal_data(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "個人事業主の情報公開 " + provider;
        var (proposal, _) = await SubmitWithDetailsAsync(host, title, $"sole-{provider}@example.jp", "soleProprietor", "青森太郎商店");
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var copy = await desk.GetStringAsync($"/admin/proposals/{proposal.Id}/disclosure/print");
        Assert.Contains(title, copy, StringComparison.Ordinal);
        Assert.DoesNotContain("青森太郎商店", copy, StringComparison.Ordinal);
        Assert.Contains(PersonalMark, copy, StringComparison.Ordinal);
    }

    /// <summary>Submits a proposal whose details name the contact, with a confidential and an ordinary attachment.</summary>
    internal static async Task<(Proposal Proposal, string Tracking)> SubmitWithDetailsAsync(TestHost host, string title, string email, string applicant, string? organization = null)
    {
        var fields = Fields(title, email, applicant);
        if (organization is not null)
        {
            fields.RemoveAll(f => f.Key == "Input.Organizations[0].Name");
            fields.Add(new("Input.Organizations[0].Name", organization));
        }

        fields.Add(new("Input.Details", $"公開してよい詳細。{organization}問合せは担当の青森太郎（{email.ToUpperInvariant()}、017 761 4154、090-1234-5678）まで。"));
        var visitor = host.NewClient();
        using var posted = await visitor.PostMultipartAsync("/propose", "/propose", fields, ("Attachments[0]", "提案書.pdf", Pdf), ("Attachments[1]", "会社概要.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var received = await visitor.GetStringAsync(posted.Headers.Location!.OriginalString);
        return (await ProposalAsync(host, title), TrackingPattern().Match(received).Value);
    }

    internal static void AssertNoPersonalData(string text, string email)
    {
        foreach (var personal in new[] { email, "青森 太郎", "青森太郎", "あおもり たろう", "017-761-4154", "017 761 4154", "090-1234-5678" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}

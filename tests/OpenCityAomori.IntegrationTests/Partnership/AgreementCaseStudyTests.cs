using System.Net;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using static OpenCityAomori.IntegrationTests.Partnership.AgreementSteps;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Partnership;

/// <summary>取組成果の公表: a running agreement with outcomes becomes a case-study draft, published only with the partner's consent.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class AgreementCaseStudyTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_case_study_is_drafted_from_the_agreement_and_published_only_once_the_partners_consent_is_recorded(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var title = "事例化の試験 " + provider;
        var id = await RegisterAsync(desk, title, "KEIZAI-SEISAKU", "None",
            new("Form.Contributions[0].Party", "City"), new("Form.Contributions[0].Resource", "Goods"), new("Form.Contributions[0].Text", "会場の提供"),
            new("Form.EffectsPartner", "地域での認知度の向上\n新規顧客の獲得"));
        var page = Page(id);

        using (var early = await desk.PostFormAsync(page, page + "/case-study", []))
        {
            Assert.Contains("事例の下書きは、終了した協定か、成果を記録した実施中の協定から作れます", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var running = await ChangeStatusAsync(desk, id, "InEffect"))
        {
            Assert.Equal(HttpStatusCode.Redirect, running.StatusCode);
        }

        using (var followUp = await desk.PostFormAsync(page, page + "/follow-ups", [new("FollowUp.HeldOn", "2026-05-01"), new("FollowUp.Kind", "Meeting"), new("FollowUp.Outcomes", "参加者 300 人")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, followUp.StatusCode);
        }

        Assert.Contains("事例の下書きを作る", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var drafted = await desk.PostFormAsync(page, page + "/case-study", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        }

        Assert.Equal($"case-agreement-{id}", (await AgreementAsync(host, id)).CaseStudyContentId);
        var deskPage = await desk.GetStringAsync(page);
        Assert.Contains("公開への同意待ち", deskPage, StringComparison.Ordinal);

        // What the public sees is the editors' call: the desk records the consent, an editor publishes.
        Assert.Contains("公開の権限を持つ方（編集者）が行います", deskPage, StringComparison.Ordinal);
        using (var notTheirs = await desk.PostFormAsync(page, page + "/case-study/publish", []))
        {
            StaffClient.AssertDenied(notTheirs);
        }

        var editor = await host.AdminClientAsync();
        using (var refused = await editor.PostFormAsync(page, page + "/case-study/publish", []))
        {
            Assert.Contains(ContentDraftMessages.ConsentMissing.Ja, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var caseUrl = $"/cases/case-agreement-{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await host.NewClient().Http.GetAsync(caseUrl)).StatusCode);
        using (var undated = await desk.PostFormAsync(page, page + "/case-study/consent", [new("Consent.GivenBy", "株式会社テスト連携 広報部")]))
        {
            Assert.Contains("同意の日を入力してください", await undated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var consent = await desk.PostFormAsync(page, page + "/case-study/consent", [new("Consent.GivenBy", "株式会社テスト連携 広報部"), new("Consent.GivenOn", "2026-05-10")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        }

        Assert.Contains("株式会社テスト連携 広報部", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var published = await editor.PostFormAsync(page, page + "/case-study/publish", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var publicCase = await host.NewClient().GetStringAsync(caseUrl);
        Assert.Contains(title, publicCase, StringComparison.Ordinal);
        Assert.Contains("会場の提供", publicCase, StringComparison.Ordinal);
        Assert.Contains("新規顧客の獲得", publicCase, StringComparison.Ordinal);
        Assert.DoesNotContain("参加者 300 人", publicCase, StringComparison.Ordinal);
        Assert.DoesNotContain("内部メモ", publicCase, StringComparison.Ordinal);
    }
}

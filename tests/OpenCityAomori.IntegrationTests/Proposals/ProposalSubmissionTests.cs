using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Workflows.Data;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>/propose over HTTP: what a proposer sends is stored in one transaction before the receipt page, and starts the scheme's flow.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalSubmissionTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_company_proposal_is_stored_with_its_file_receipt_email_and_event_and_starts_the_partnership_flow(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var form = await visitor.GetStringAsync("/propose");
        Assert.Contains("<html lang=\"ja\"", form, StringComparison.Ordinal);
        Assert.Contains("個人(個人事業主を除く)からの提案は対象外となります", form, StringComparison.Ordinal);
        Assert.Contains("パートナーシップ（連携事業）", form, StringComparison.Ordinal);
        Assert.Contains("実証実験サポート", form, StringComparison.Ordinal);

        var (receipt, tracking) = await SubmitAsync(visitor, "合浦公園の活用提案 " + provider, "taro-submit@example.jp");

        var proposal = await ProposalAsync(host, "合浦公園の活用提案 " + provider);
        Assert.Equal(receipt, proposal.ReceiptNumber);
        Assert.Equal(ProposalStage.Received, proposal.Stage);
        Assert.Equal("taro-submit@example.jp", proposal.ContactEmail);
        Assert.Equal("017-761-4154", proposal.ContactPhone);
        Assert.Equal("2026-12-01", proposal.ConsentVersion);
        Assert.Equal(["Summary"], JsonSerializer.Deserialize<string[]>(proposal.ConfidentialFieldsJson)!);
        Assert.Contains("7000012050002", proposal.OrganizationsJson, StringComparison.Ordinal);
        Assert.Contains("青森テスト銀行", proposal.OrganizationsJson, StringComparison.Ordinal);

        // The token is given once and kept only as its hash.
        var token = tracking[(tracking.LastIndexOf('/') + 1)..];
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(token)), proposal.TrackingTokenHash);
        var file = Assert.Single(await WithDbAsync(host, db => db.Files.AsNoTracking().Where(f => f.ProposalId == proposal.Id).ToListAsync()));
        Assert.Equal(("提案書.pdf", "application/pdf", true), (file.FileName, file.ContentType, file.Confidential));
        var pending = Assert.Single(await WithDbAsync(host, db => db.PendingEvents.AsNoTracking().Where(e => e.ProposalId == proposal.Id).ToListAsync()));
        Assert.NotNull(pending.PublishedUtc);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var mail = Assert.Single(await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().Where(m => m.Source == $"proposal:{proposal.Id}").ToListAsync());
        Assert.Equal("taro-submit@example.jp", mail.To);
        Assert.Contains(receipt, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(tracking, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("非公開の概要", mail.TextBody, StringComparison.Ordinal);

        var instance = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().Where(i => i.BusinessKey == $"proposal:{proposal.Id}").ToListAsync());
        Assert.Equal("partnership-flow", instance.DefinitionName);
        Assert.Contains(receipt, instance.VariablesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("taro-submit", instance.VariablesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("青森 太郎", instance.VariablesJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_individual_and_a_wrong_corporate_number_are_refused_with_messages_and_nothing_is_stored(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "個人からの提案 " + provider;
        var fields = Fields(title, "kojin@example.jp", applicant: "individual");
        fields.RemoveAll(f => f.Key == "Input.Organizations[0].CorporateNumber");
        fields.Add(new("Input.Organizations[0].CorporateNumber", "6000012050002"));

        using var refused = await visitor.PostMultipartAsync("/propose", "/propose", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("個人(個人事業主を除く)からの提案は対象外となります", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Organizations_0__CorporateNumber-error\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"個人からの提案 " + provider + "\"", page, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(host, db => db.Proposals.AnyAsync(p => p.Title == title)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disguised_file_is_refused_and_html_in_fields_is_shown_as_text_to_staff(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "<b>太字</b>の提案 " + provider;
        using (var refused = await visitor.PostMultipartAsync("/propose", "/propose", Fields(title, "html@example.jp"), ("Attachments[0]", "plan.pdf", "<script>alert(1)</script>"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("名前と中身が一致している必要があります", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await SubmitAsync(visitor, title, "html@example.jp");
        var proposal = await ProposalAsync(host, title);
        var admin = await host.AdminClientAsync();
        var page = await admin.GetStringAsync($"/admin/proposals/{proposal.Id}");
        Assert.Contains("&lt;b&gt;太字&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_open_challenge_links_to_its_preselected_proposal_form_routed_to_its_department_and_a_closed_challenge_is_refused(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        Assert.Contains($"href=\"/propose?challenge={OpenChallengeId}\">この課題に提案する</a>", await visitor.GetStringAsync("/challenges/test-open-challenge"), StringComparison.Ordinal);
        Assert.DoesNotContain("この課題に提案する", await visitor.GetStringAsync("/challenges/nebuta-washi-reuse"), StringComparison.Ordinal);
        var closed = await visitor.GetStringAsync("/propose?challenge=challenge-nebuta-washi-reuse-ja");
        Assert.Contains("募集は終了しました", closed, StringComparison.Ordinal);

        var open = await visitor.GetStringAsync("/propose?challenge=" + OpenChallengeId);
        Assert.Contains($"<option value=\"{OpenChallengeId}\" selected>", open, StringComparison.Ordinal);
        using (var unknown = await visitor.Http.GetAsync("/propose?challenge=no-such-challenge"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var title = "除排雪の見える化の提案 " + provider;
        var fields = Fields(title, "snow@example.jp");
        fields.RemoveAll(f => f.Key == "Input.Kind");
        fields.Add(new("Input.Kind", "challenge"));
        fields.Add(new("Input.ChallengeId", OpenChallengeId));
        using var posted = await visitor.PostMultipartAsync("/propose", "/propose", fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var proposal = await ProposalAsync(host, title);
        Assert.Equal(ProposalKind.Challenge, proposal.Kind);
        Assert.Equal("TOSHI-DORO", proposal.LeadDepartmentCode);
        Assert.Equal("試験用の募集中の課題", proposal.ChallengeTitle);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// 事前相談: its own short form and receipt number, stored before it is acknowledged; the desk turns it, or a CONTACT
/// inquiry, into a proposal.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class PreConsultationTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_company_asks_for_a_consultation_and_the_desk_registers_it_as_a_proposal(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var topic = "駅前広場の活用の相談 " + provider;
        Assert.Contains("<a href=\"/propose\">提案する</a>", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/propose\">Propose</a>", await visitor.GetStringAsync("/en"), StringComparison.Ordinal);
        Assert.Contains("href=\"/propose/consult\"", await visitor.GetStringAsync("/propose"), StringComparison.Ordinal);
        using (var empty = await visitor.PostFormAsync("/propose/consult", "/propose/consult", [new("Input.ContactEmail", "not-an-address")]))
        {
            var page = await empty.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.True(page.IndexOf("法人・団体名を入力してください。", StringComparison.Ordinal) < page.IndexOf("メールアドレスの形式が正しくありません", StringComparison.Ordinal));
            Assert.Contains("留意事項を確認し、同意してください。", page, StringComparison.Ordinal);
        }

        using (var sent = await visitor.PostFormAsync("/propose/consult", "/propose/consult",
        [
            new("Input.Organization", "株式会社相談テスト"), new("Input.ContactName", "相談 花子"), new("Input.ContactEmail", "ｓｏｕｄａｎ@example.jp"),
            new("Input.Topic", topic), new("Input.Question", "<script>alert(1)</script>広場でキッチンカーを出したい。"),
            new("Input.NoticeVersion", "2026-12-01"), new("Input.Consent", "true"),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var received = await visitor.GetStringAsync(sent.Headers.Location!.OriginalString);
            Assert.Matches("S-[0-9]{8}-[0-9]{4}", received);
        }

        var stored = await WithDbAsync(host, db => db.Consultations.AsNoTracking().SingleAsync(c => c.Topic == topic));
        Assert.Equal(("soudan@example.jp", ConsultationStatus.New, "2026-12-01"), (stored.ContactEmail, stored.Status, stored.ConsentVersion));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var mail = Assert.Single(await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking().Where(m => m.Source == $"consultation:{stored.Id}").ToListAsync());
            Assert.Contains(stored.ReceiptNumber, mail.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("キッチンカー", mail.TextBody, StringComparison.Ordinal);
        }

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using (var denied = await keizai.Http.GetAsync("/admin/proposals/consultations"))
        {
            StaffClient.AssertDenied(denied);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        Assert.Contains(stored.ReceiptNumber, await desk.GetStringAsync("/admin/proposals/consultations?status=New"), StringComparison.Ordinal);
        var detail = await desk.GetStringAsync($"/admin/proposals/consultations/{stored.Id}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", detail, StringComparison.Ordinal);
        var form = await desk.GetStringAsync($"/admin/proposals/new?consultation={stored.Id}");
        Assert.Contains("value=\"株式会社相談テスト\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{topic}\"", form, StringComparison.Ordinal);

        var fields = Fields(topic, "soudan@example.jp");
        fields.AddRange([new("channel", "Phone"), new("consultation", stored.Id.ToString())]);
        using (var registered = await desk.PostMultipartAsync($"/admin/proposals/new?consultation={stored.Id}", "/admin/proposals/new", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        var proposal = await ProposalAsync(host, topic);
        var linked = await WithDbAsync(host, db => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == stored.Id));
        Assert.Equal((ConsultationStatus.Proposed, (long?)proposal.Id), (linked.Status, linked.ProposalId));
        Assert.Equal(ProposalChannel.Phone, proposal.Channel);
        Assert.Contains($"/admin/proposals/{proposal.Id}", await desk.GetStringAsync($"/admin/proposals/consultations/{stored.Id}"), StringComparison.Ordinal);
        using (var again = await desk.Http.GetAsync($"/admin/proposals/new?consultation={stored.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        // Past the retention period the ended request keeps its topic and loses the requester's details.
        await WithDbAsync(host, db => db.Consultations.Where(c => c.Id == stored.Id).ExecuteUpdateAsync(x => x.SetProperty(c => c.SubmittedUtc, DateTime.UtcNow.AddYears(-6))));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProposalRetention>().RemoveExpiredAsync(CancellationToken.None);
        }

        var kept = await WithDbAsync(host, db => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == stored.Id));
        Assert.Equal((topic, string.Empty, ProposalRetention.RemovedMark), (kept.Topic, kept.ContactEmail, kept.Question));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_fills_in_a_proposal_from_a_contact_inquirys_receipt_number_and_the_read_is_audited(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var subject = "問い合わせから提案へ " + provider;
        using (var posted = await FormsTestHost.PostMultipartAsync(host.NewClient(), "/contact", FormsContactTests.ValidContact(subject)))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var receipt = await scope.ServiceProvider.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking()
            .Where(s => s.SearchText.Contains(subject.ToLowerInvariant())).Select(s => s.ReceiptNumber).SingleAsync();
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);

        var unknown = await desk.GetStringAsync("/admin/proposals/new?contact=C-19990101-0001");
        Assert.Contains("この受付番号のお問い合わせは見つかりません。", unknown, StringComparison.Ordinal);
        var form = await desk.GetStringAsync("/admin/proposals/new?contact=" + receipt.ToLowerInvariant());
        Assert.Contains($"お問い合わせ {receipt} の内容を入れてあります", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{subject}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"taro@example.jp\"", form, StringComparison.Ordinal);
        Assert.Contains("合浦公園でのイベント開催について相談したいです。", form, StringComparison.Ordinal);
        var reads = await scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Action == "Read" && e.EntityType == "FormSubmission" && e.UserName == "desk1@example.jp").ToListAsync();
        Assert.Contains(reads, e => e.After!.Contains(receipt, StringComparison.Ordinal));

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using var denied = await keizai.Http.GetAsync("/admin/proposals/new?contact=" + receipt);
        StaffClient.AssertDenied(denied);
    }
}

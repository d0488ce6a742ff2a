using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>The staff side: department scoping fails closed, and the desk and the seeded flow write to the proposer only through the thread.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed partial class ProposalStaffTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_see_only_proposals_routed_to_them_and_a_guessed_url_is_refused_and_audited(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var (routedReceipt, _) = await SubmitAsync(visitor, "経済政策課へ回付 " + provider, "scope1@example.jp");
        var (otherReceipt, _) = await SubmitAsync(visitor, "回付なし " + provider, "scope2@example.jp");
        var routed = await ProposalAsync(host, "経済政策課へ回付 " + provider);
        var other = await ProposalAsync(host, "回付なし " + provider);

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var found = await desk.GetStringAsync("/admin/proposals?q=" + Uri.EscapeDataString("回付なし " + provider));
        Assert.Contains(otherReceipt, found, StringComparison.Ordinal);
        Assert.DoesNotContain(routedReceipt, found, StringComparison.Ordinal);
        Assert.Contains(routedReceipt, await desk.GetStringAsync("/admin/proposals?q=" + routedReceipt.ToLowerInvariant()), StringComparison.Ordinal);
        var page = $"/admin/proposals/{routed.Id}";
        using (var bypass = await desk.PostFormAsync(page, page + "/department", [new("department", "KEIZAI-SEISAKU")]))
        {
            // While the flow works on it, routing is the flow's decision, never a side door.
            Assert.Contains("ワークフローの作業中です", await bypass.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var triage = DecisionTaskPattern().Match(await desk.GetStringAsync(page)).Groups[1].Value;
        using (var bad = await desk.PostFormAsync(page, page + "/decide", [new("taskId", triage), new("outcome", "assign"), new("department", "NO-SUCH-DEPT")]))
        {
            Assert.Contains("回付先の担当課を選んでください。", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var set = await desk.PostFormAsync(page, page + "/decide", [new("taskId", triage), new("outcome", "assign"), new("department", "KEIZAI-SEISAKU")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var inbox = await keizai.GetStringAsync("/admin/proposals");
        Assert.Contains(routedReceipt, inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(otherReceipt, inbox, StringComparison.Ordinal);
        Assert.Contains("経済政策課へ回付", await keizai.GetStringAsync($"/admin/proposals/{routed.Id}"), StringComparison.Ordinal);
        using (var guessed = await keizai.Http.GetAsync($"/admin/proposals/{other.Id}"))
        {
            StaffClient.AssertDenied(guessed);
        }

        using (var file = await keizai.Http.GetAsync($"/admin/proposals/{other.Id}/files/x"))
        {
            StaffClient.AssertDenied(file);
        }

        // No department: nothing, not everything.
        var nodept = host.NewClient();
        await nodept.LoginAsync("nodept@example.jp", Password);
        var none = await nodept.GetStringAsync("/admin/proposals");
        Assert.DoesNotContain(routedReceipt, none, StringComparison.Ordinal);
        Assert.DoesNotContain(otherReceipt, none, StringComparison.Ordinal);
        using (var denied = await nodept.Http.GetAsync($"/admin/proposals/{routed.Id}"))
        {
            StaffClient.AssertDenied(denied);
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Action == "AccessDenied" && e.EntityType == "Proposal").ToListAsync();
        Assert.Contains(audit, e => e.EntityId == other.Id.ToString() && e.UserName == "keizai@example.jp");
        Assert.Contains(audit, e => e.EntityId == routed.Id.ToString() && e.UserName == "nodept@example.jp");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_asks_for_changes_in_My_tasks_and_the_proposers_reply_reopens_the_triage(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "修正依頼の試験 " + provider;
        var (receipt, tracking) = await SubmitAsync(visitor, title, "changes@example.jp");
        var proposal = await ProposalAsync(host, title);

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var triage = await TaskIdAsync(desk, receipt);
        using (var done = await desk.PostFormAsync($"/admin/workflows/tasks/{triage}", $"/admin/workflows/tasks/{triage}",
            [new("Form.Outcome", "requestChanges"), new("Form.Comment", "事業計画書を添付してください。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var page = await visitor.GetStringAsync(tracking);
        Assert.Contains("事業計画書を添付してください。", page, StringComparison.Ordinal);
        Assert.Matches("ご回答待ち（[0-9]+月[0-9]+日まで）", page);
        Assert.Equal(ProposalStage.AwaitingProposer, (await ProposalAsync(host, title)).Stage);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var notice = Assert.Single(await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking()
                .Where(m => m.Source == $"proposal:{proposal.Id}" && m.Subject.Contains("ご連絡")).ToListAsync());
            Assert.DoesNotContain("事業計画書", notice.TextBody, StringComparison.Ordinal);
        }

        using (var replied = await visitor.PostMultipartAsync(tracking, tracking + "/reply", [new("body", "事業計画書を添付しました。")], ("Attachments[0]", "事業計画書.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        Assert.Equal(ProposalStage.Reviewing, (await ProposalAsync(host, title)).Stage);
        Assert.NotEqual(triage, await TaskIdAsync(desk, receipt));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_desk_message_from_the_proposal_page_reaches_the_thread_and_department_staff_cannot_send_one(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var (_, tracking) = await SubmitAsync(host.NewClient(), "デスクからの連絡 " + provider, "deskmsg@example.jp");
        var proposal = await ProposalAsync(host, "デスクからの連絡 " + provider);

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        using (var empty = await desk.PostFormAsync($"/admin/proposals/{proposal.Id}", $"/admin/proposals/{proposal.Id}/message", [new("body", " ")]))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        }

        using (var sent = await desk.PostFormAsync($"/admin/proposals/{proposal.Id}", $"/admin/proposals/{proposal.Id}/message", [new("body", "<i>面談</i>の日程を調整させてください。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var page = await host.NewClient().GetStringAsync(tracking);
        Assert.Contains("&lt;i&gt;面談&lt;/i&gt;の日程を調整させてください。", page, StringComparison.Ordinal);

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using var denied = await keizai.PostFormAsync("/admin/notifications", $"/admin/proposals/{proposal.Id}/message", [new("body", "越権")]);
        StaffClient.AssertDenied(denied);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>Decisions on the proposal page complete the workflow's task with data, under the rules of My tasks.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed partial class ProposalDecisionTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_routes_from_the_proposal_page_and_the_department_declines_with_a_reason_the_proposer_reads(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "判断の試験 " + provider;
        var (_, tracking) = await SubmitAsync(visitor, title, "decide@example.jp");
        var proposal = await ProposalAsync(host, title);
        var page = $"/admin/proposals/{proposal.Id}";

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using (var notYet = await keizai.Http.GetAsync(page))
        {
            StaffClient.AssertDenied(notYet);
        }

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var triage = TaskId().Match(await desk.GetStringAsync(page)).Groups[1].Value;
        using (var noDepartment = await desk.PostFormAsync(page, page + "/decide", [new("taskId", triage), new("outcome", "assign")]))
        {
            Assert.Equal(HttpStatusCode.OK, noDepartment.StatusCode);
            Assert.Contains("回付先の担当課を選んでください。", await noDepartment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var routed = await desk.PostFormAsync(page, page + "/decide", [new("taskId", triage), new("outcome", "assign"), new("department", "KEIZAI-SEISAKU"), new("comment", "経済政策課でご検討ください。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        }

        var stored = await ProposalAsync(host, title);
        Assert.Equal(("KEIZAI-SEISAKU", ProposalStage.DepartmentReview), (stored.LeadDepartmentCode, stored.Stage));
        Assert.Contains("担当課で検討中", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);

        // The department now sees the proposal and its review task; the desk cannot complete the department's task.
        var review = await keizai.GetStringAsync(page);
        Assert.Contains("提案書確認・実施可否の検討", review, StringComparison.Ordinal);
        var reviewTask = TaskId().Match(review).Groups[1].Value;
        Assert.DoesNotContain($"value=\"{reviewTask}\"", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var noReason = await keizai.PostFormAsync(page, page + "/decide", [new("taskId", reviewTask), new("outcome", "reject")]))
        {
            Assert.Contains("提案者に伝える理由・依頼内容を入力してください。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var declined = await keizai.PostFormAsync(page, page + "/decide", [new("taskId", reviewTask), new("outcome", "reject"), new("comment", "今年度は予算措置ができないため。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        var answer = await visitor.GetStringAsync(tracking);
        Assert.Contains("回答済み", answer, StringComparison.Ordinal);
        Assert.Contains("市からの回答", answer, StringComparison.Ordinal);
        Assert.Contains("理由：今年度は予算措置ができないため。", answer, StringComparison.Ordinal);
        Assert.Equal(ProposalStage.Answered, (await ProposalAsync(host, title)).Stage);
    }

    [GeneratedRegex("name=\"taskId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex TaskId();
}

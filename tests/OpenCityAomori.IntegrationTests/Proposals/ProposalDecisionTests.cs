using System.Net;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// Decisions on the proposal page complete the workflow's task with data, under the rules of My tasks: the desk
/// routes, asks a second department's opinion, the department decides with a reason, the desk sends the answer.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed partial class ProposalDecisionTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_routes_asks_an_opinion_and_sends_the_departments_reasoned_answer_the_proposer_reads(string provider)
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
        var triage = DecisionTaskPattern().Match(await desk.GetStringAsync(page)).Groups[1].Value;
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

        // The desk asks a second department's opinion (照会); that department sees the proposal and answers.
        var roads = host.NewClient();
        await roads.LoginAsync("doro@example.jp", Password);
        using (var missing = await desk.PostFormAsync(page, page + "/opinions", [new("opinionDepartment", "TOSHI-DORO"), new("opinionDays", "40")]))
        {
            var body = await missing.Content.ReadAsStringAsync();
            Assert.Contains("照会する内容を入力してください", body, StringComparison.Ordinal);
            Assert.Contains("回答期限は1〜30営業日で指定してください。", body, StringComparison.Ordinal);
        }

        using (var asked = await desk.PostFormAsync(page, page + "/opinions", [new("opinionDepartment", "TOSHI-DORO"), new("opinionQuestion", "道路占用の見込みを教えてください。"), new("opinionDays", "5")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var opinionPage = await roads.GetStringAsync(page);
        Assert.Contains("道路占用の見込みを教えてください。", opinionPage, StringComparison.Ordinal);
        var opinionAction = OpinionAction().Match(opinionPage).Value;
        Assert.NotEmpty(opinionAction);
        using (var notTheirs = await keizai.PostFormAsync(page, opinionAction, [new("opinionAnswer", "経済政策課が代わりに答えます。")]))
        {
            Assert.Contains("あなたの課への照会ではありません", await notTheirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var answered = await roads.PostFormAsync(page, opinionAction, [new("opinionAnswer", "占用許可は可能な見込みです。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        Assert.Contains("占用許可は可能な見込みです。", await desk.GetStringAsync(page), StringComparison.Ordinal);

        Assert.DoesNotContain("道路占用の見込み", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);

        // The department sees its review task; the desk cannot complete the department's task.
        var review = await keizai.GetStringAsync(page);
        Assert.Contains("提案書確認・実施可否の検討", review, StringComparison.Ordinal);
        var reviewTask = DecisionTaskPattern().Match(review).Groups[1].Value;
        Assert.DoesNotContain($"value=\"{reviewTask}\"", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var noReason = await keizai.PostFormAsync(page, page + "/decide", [new("taskId", reviewTask), new("outcome", "notFeasible")]))
        {
            var refused = await noReason.Content.ReadAsStringAsync();
            Assert.Contains("理由・依頼内容を入力してください", refused, StringComparison.Ordinal);
            Assert.Contains("value=\"notFeasible\" checked=\"checked\"", refused, StringComparison.Ordinal);
        }

        using (var declined = await keizai.PostFormAsync(page, page + "/decide", [new("taskId", reviewTask), new("outcome", "notFeasible"), new("comment", "今年度は予算措置ができないため。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        // The desk is the one window: the answer waits for its review.
        Assert.DoesNotContain("市からの回答", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);
        var deskPage = await desk.GetStringAsync(page);
        Assert.Contains("回答の確認・送付", deskPage, StringComparison.Ordinal);
        using (var sent = await desk.PostFormAsync(page, page + "/decide", [new("taskId", DecisionTaskPattern().Match(deskPage).Groups[1].Value), new("outcome", "send")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var answer = await visitor.GetStringAsync(tracking);
        Assert.Contains("回答済み", answer, StringComparison.Ordinal);
        Assert.Contains("市からの回答", answer, StringComparison.Ordinal);
        Assert.Contains("理由：今年度は予算措置ができないため。", answer, StringComparison.Ordinal);
        Assert.Equal(ProposalStage.Answered, (await ProposalAsync(host, title)).Stage);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_gives_a_request_more_time_or_withdraws_it_and_the_asked_department_then_no_longer_sees_the_proposal(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "照会の取り下げ " + provider;
        await SubmitAsync(host.NewClient(), title, "withdraw-opinion@example.jp");
        var page = $"/admin/proposals/{(await ProposalAsync(host, title)).Id}";
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var roads = host.NewClient();
        await roads.LoginAsync("doro@example.jp", Password);
        using (var asked = await desk.PostFormAsync(page, page + "/opinions", [new("opinionDepartment", "TOSHI-DORO"), new("opinionQuestion", "公園占用の見込みを教えてください。"), new("opinionDays", "3")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        Assert.Contains("公園占用の見込み", await roads.GetStringAsync(page), StringComparison.Ordinal);
        var change = ChangeAction().Match(await desk.GetStringAsync(page)).Value;
        using (var tooLong = await desk.PostFormAsync(page, change, [new("change", "extend"), new("extendDays", "99")]))
        {
            Assert.Contains("延長する日数は1〜30営業日で指定してください。", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var extended = await desk.PostFormAsync(page, change, [new("change", "extend"), new("extendDays", "10")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        }

        using (var withdrawn = await desk.PostFormAsync(page, change, [new("change", "withdraw")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Contains("（取り下げ）", await desk.GetStringAsync(page), StringComparison.Ordinal);
        using (var gone = await roads.Http.GetAsync(page))
        {
            StaffClient.AssertDenied(gone);
        }

        using var again = await desk.PostFormAsync(page, change, [new("change", "withdraw")]);
        Assert.Contains("この照会は回答済みか、取り下げ済みです。", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("/admin/proposals/[0-9]+/opinions/[0-9]+/answer")]
    private static partial Regex OpinionAction();

    [GeneratedRegex("/admin/proposals/[0-9]+/opinions/[0-9]+/change")]
    private static partial Regex ChangeAction();

}

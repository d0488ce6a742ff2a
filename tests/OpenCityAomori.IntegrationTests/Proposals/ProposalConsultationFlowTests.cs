using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>相談したい: the consultation flow owns triage; choosing the scheme hands over to that scheme's flow at the department review.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalConsultationFlowTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_undecided_proposal_is_consulted_then_handed_to_the_chosen_schemes_flow_without_a_second_triage(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "手法未定の相談 " + provider;
        var fields = Fields(title, "undecided@example.jp");
        fields.RemoveAll(f => f.Key == "Input.Scheme");
        fields.Add(new("Input.Scheme", "undecided"));
        using (var posted = await visitor.PostMultipartAsync("/propose", "/propose", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var proposal = await ProposalAsync(host, title);
        var page = $"/admin/proposals/{proposal.Id}";
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var consult = await desk.GetStringAsync(page);
        Assert.Contains("相談・手法の検討", consult, StringComparison.Ordinal);
        var task = DecisionTaskPattern().Match(consult).Groups[1].Value;

        using (var missing = await desk.PostFormAsync(page, page + "/decide", [new("taskId", task), new("outcome", "chooseScheme"), new("department", "KEIZAI-SEISAKU")]))
        {
            Assert.Contains("連携手法を選んでください。", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var chosen = await desk.PostFormAsync(page, page + "/decide",
            [new("taskId", task), new("outcome", "chooseScheme"), new("scheme", "pilot"), new("department", "KEIZAI-SEISAKU"), new("comment", "実証実験として進めます。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }

        var handed = await ProposalAsync(host, title);
        Assert.Equal(("pilot", "KEIZAI-SEISAKU", ProposalStage.DepartmentReview), (handed.Scheme, handed.LeadDepartmentCode, handed.Stage));
        Assert.NotNull(handed.StageDueUtc);

        // The pilot flow starts at the department's review: the department has the task, nobody triages again.
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var review = await keizai.GetStringAsync(page);
        Assert.Contains("所管課の検討（提案書確認）", review, StringComparison.Ordinal);
        Assert.Matches(DecisionTaskPattern(), review);
        var now = await desk.GetStringAsync(page);
        Assert.DoesNotContain("受付・内容確認・マッチング</h3>", now, StringComparison.Ordinal);
        Assert.Contains("相談（連携手法の検討）（完了）", now, StringComparison.Ordinal);
    }
}

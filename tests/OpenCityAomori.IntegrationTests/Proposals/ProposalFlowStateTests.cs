using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>The proposal page shows where its flows are and what happened; staff take a task ("assign to me") from the page or the inbox.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalFlowStateTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_desk_member_takes_the_triage_from_the_inbox_and_the_page_shows_the_flows_position_and_history(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "担当者の試験 " + provider;
        await SubmitAsync(host.NewClient(), title, "take@example.jp");
        var proposal = await ProposalAsync(host, title);
        var page = $"/admin/proposals/{proposal.Id}";
        var desk1 = host.NewClient();
        await desk1.LoginAsync("desk1@example.jp", Password);
        var desk2 = host.NewClient();
        await desk2.LoginAsync("desk2@example.jp", Password);

        var before = await desk1.GetStringAsync(page);
        Assert.Contains("ワークフローの状況と履歴", before, StringComparison.Ordinal);
        Assert.Contains("現在の位置：受付・内容確認（対話・調整）", before, StringComparison.Ordinal);
        Assert.Contains("自分が担当する", await desk2.GetStringAsync(page), StringComparison.Ordinal);

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        using (var outside = await keizai.PostFormAsync("/admin/proposals", page + "/assign-to-me", [new("returnTo", "inbox")]))
        {
            StaffClient.AssertDenied(outside);
        }

        using (var taken = await desk1.PostFormAsync("/admin/proposals", page + "/assign-to-me", [new("returnTo", "inbox")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
            Assert.Equal("/admin/proposals", taken.Headers.Location!.OriginalString);
        }

        var after = await desk1.GetStringAsync(page);
        Assert.Contains("desk1@example.jp", after, StringComparison.Ordinal);
        Assert.Contains("担当者の決定", after, StringComparison.Ordinal);
        Assert.DoesNotContain("自分が担当する", after, StringComparison.Ordinal);
        var other = await desk2.GetStringAsync(page);
        Assert.Contains("この作業はあなたの担当ではありません。", other, StringComparison.Ordinal);
        Assert.DoesNotContain("判断を確定する", other, StringComparison.Ordinal);
        using (var nothing = await desk2.PostFormAsync(page, page + "/assign-to-me", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, nothing.StatusCode);
        }

        Assert.Contains("あなたが担当できる作業がありません", await desk2.GetStringAsync(page), StringComparison.Ordinal);
    }
}

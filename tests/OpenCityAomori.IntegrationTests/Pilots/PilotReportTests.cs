using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>
/// The report: asked for when the pilot waits for it, noticed when the proposer uploads it, sent back with a message or
/// received — which completes the pilot and the proposal. The upload itself is the proposal's (FakeProposals stands in).
/// </summary>
[Collection(PilotSiteCollection.Name)]
public sealed class PilotReportTests(PilotHosts hosts)
{
    private static readonly byte[] FirstReport = "%PDF-1.7\n% first\n"u8.ToArray();
    private static readonly byte[] SecondReport = "%PDF-1.7\n% second\n"u8.ToArray();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_report_is_asked_for_sent_back_with_a_message_and_its_receipt_completes_the_pilot_and_the_proposal(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var title = "報告書の試験 " + provider;
        var (id, proposal) = await site.AcceptAsync(title, "KEIZAI-SEISAKU");
        var keizai = await site.LoginAsync("keizai@example.jp");
        var page = $"/admin/pilots/{id}";
        await PilotLifecycleTests.SaveAsync(keizai, page, PilotForms.Edit(title, start: "2027-07-01", end: "2027-07-02", summary: "報告書までの実証です。"));
        await PostAsync(keizai, page, "/status", [new("to", "Running")]);
        await PostAsync(keizai, page, "/checklist/Conduct", [new("action", "done")]);
        await PostAsync(keizai, page, "/status", [new("to", "AwaitingReport")]);

        var request = Assert.Single(site.Proposals.Requests, r => r.ProposalId == proposal).Request;
        Assert.Equal(("pilot-report", new DateOnly(2027, 7, 30)), (request.Key, request.DueOn));
        Assert.Contains("事業者等からの提出を待っています", await keizai.GetStringAsync(page), StringComparison.Ordinal);

        // The proposer uploads on the tracking page: the next run ticks 報告書作成 and tells the department.
        var first = site.Proposals.Upload(proposal, "報告書.pdf", FirstReport, DateTime.UtcNow);
        await CheckArrivalsAsync(site);
        var arrived = (await site.PilotAsync(id)).Checklist.Single(i => i.Step == PilotStep.ReportWriting);
        Assert.Equal(PilotReportArrivals.ProposerName, arrived.CompletedBy);
        Assert.Contains($"報告書が提出されました：実証実験「{title}」", await keizai.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);
        using (var download = await keizai.Http.GetAsync($"{page}/report/{first}"))
        {
            Assert.Equal(FirstReport, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        }

        using (var empty = await keizai.PostFormAsync(page, page + "/report/return", [new("returnMessage", "")]))
        {
            Assert.Contains("id=\"returnMessage-error\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PostAsync(keizai, page, "/report/return", [new("returnMessage", "データの検証結果を追記してください。")]);
        Assert.Contains((proposal, "データの検証結果を追記してください。", "keizai@example.jp"), site.Proposals.Messages);
        Assert.Null((await site.PilotAsync(id)).Checklist.Single(i => i.Step == PilotStep.ReportWriting).CompletedUtc);
        Assert.Contains("差し戻し前の版", await keizai.GetStringAsync(page), StringComparison.Ordinal);

        // The earlier version cannot be received; the new one completes the pilot, the request and the proposal.
        var second = site.Proposals.Upload(proposal, "報告書（修正版）.pdf", SecondReport, DateTime.UtcNow.AddSeconds(1));
        await PostAsync(keizai, page, "/report/receive", [new("fileId", first)]);
        Assert.Equal(PilotStatus.AwaitingReport, (await site.PilotAsync(id)).Status);
        await PostAsync(keizai, page, "/report/receive", [new("fileId", second)]);

        var done = await site.PilotAsync(id);
        Assert.Equal((PilotStatus.Completed, second), (done.Status, done.ReportFileId));
        Assert.All(done.Checklist.Where(i => i.Step is PilotStep.ReportWriting or PilotStep.ReportReceipt), i => Assert.NotNull(i.CompletedUtc));
        Assert.Equal("keizai@example.jp", done.Checklist.Single(i => i.Step == PilotStep.ReportReceipt).CompletedBy);
        Assert.Contains((proposal, "pilot-report"), site.Proposals.Closed);
        Assert.Contains((proposal, ProposalProgress.Completed), site.Proposals.Progress);
        var (ja, _) = await PilotLifecycleTests.PublishedAsync(site, id);
        Assert.Equal("completed", PilotLifecycleTests.Field(ja!, "status"));
        Assert.Contains("（受領済み）", await keizai.GetStringAsync(page), StringComparison.Ordinal);
    }

    internal static async Task PostAsync(StaffClient staff, string page, string action, KeyValuePair<string, string>[] fields)
    {
        using var response = await staff.PostFormAsync(page, page + action, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task CheckArrivalsAsync(PilotHosts.Site site)
    {
        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PilotReportArrivals>().CheckAsync(CancellationToken.None);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>
/// A pilot proposal to its report with the real Proposals module: accepted, started (the proposal is 実施中), the report
/// asked for and uploaded on the tracking page, sent back with a message, uploaded again and received — which completes
/// the pilot and the proposal and closes the upload.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class PilotReportJourneyTests(ProposalHosts hosts)
{
    private static readonly byte[] FirstReport = "%PDF-1.7\n% first report\n"u8.ToArray();
    private static readonly byte[] SecondReport = "%PDF-1.7\n% second report\n"u8.ToArray();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_report_uploaded_on_the_tracking_page_is_sent_back_then_received_and_completes_the_pilot_and_the_proposal(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "報告書までの実証 " + provider;
        var (_, tracking) = await SubmitAsync(visitor, title, "pilot-report@example.jp", scheme: "pilot");
        var (proposalPage, desk, keizai) = await ProposalAcceptanceTests.ApprovedAsync(host, title);
        await ProposalAcceptanceTests.DecideAsync(desk, proposalPage, "send");
        var proposalId = (await ProposalAsync(host, title)).Id;
        var id = await PilotIdAsync(host, proposalId);
        var page = $"/admin/pilots/{id}";
        Assert.Contains($"href=\"{proposalPage}\"", await keizai.GetStringAsync(page), StringComparison.Ordinal);

        await PilotForms.SaveAsync(keizai, page, PilotForms.Edit(title, start: "2027-07-01", end: "2027-07-02", summary: "報告書までの実証です。"));
        await PilotForms.PostAsync(keizai, page, "/status", [new("to", "Running")]);
        Assert.Equal(ProposalStage.InProgress, (await ProposalAsync(host, title)).Stage);
        await PilotForms.PostAsync(keizai, page, "/checklist/Conduct", [new("action", "done")]);
        await PilotForms.PostAsync(keizai, page, "/status", [new("to", "AwaitingReport")]);

        var upload = tracking + "/documents/pilot-report";
        Assert.Contains($"実証実験「{title}」の報告書（2027年7月30日まで）", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);
        await UploadAsync(visitor, tracking, upload, "報告書.pdf", FirstReport);
        await CheckArrivalsAsync(host);
        Assert.Equal(PilotReportArrivals.ProposerName, (await PilotAsync(host, id)).Checklist.Single(i => i.Step == PilotStep.ReportWriting).CompletedBy);
        var first = (await ReportFilesAsync(host, proposalId)).Single();
        using (var download = await keizai.Http.GetAsync($"{page}/report/{first.Id}"))
        {
            Assert.Equal(FirstReport, await download.Content.ReadAsByteArrayAsync());
        }

        using (var empty = await keizai.PostFormAsync(page, page + "/report/return", [new("returnMessage", " ")]))
        {
            Assert.Contains("id=\"returnMessage-error\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PilotForms.PostAsync(keizai, page, "/report/return", [new("returnMessage", "データの検証結果を追記してください。")]);
        Assert.Contains("データの検証結果を追記してください。", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);
        Assert.Null((await PilotAsync(host, id)).Checklist.Single(i => i.Step == PilotStep.ReportWriting).CompletedUtc);
        Assert.Contains("差し戻し前の版", await keizai.GetStringAsync(page), StringComparison.Ordinal);

        // The earlier version cannot be received; the new one completes the pilot, the proposal and the request.
        await UploadAsync(visitor, tracking, upload, "報告書（修正版）.pdf", SecondReport);
        var second = (await ReportFilesAsync(host, proposalId)).Single(f => f.Id != first.Id);
        await PilotForms.PostAsync(keizai, page, "/report/receive", [new("fileId", first.Id)]);
        Assert.Equal(PilotStatus.AwaitingReport, (await PilotAsync(host, id)).Status);
        await PilotForms.PostAsync(keizai, page, "/report/receive", [new("fileId", second.Id)]);

        var done = await PilotAsync(host, id);
        Assert.Equal((PilotStatus.Completed, second.Id), (done.Status, done.ReportFileId));
        Assert.All(done.Checklist.Where(i => i.Step >= PilotStep.Conduct), i => Assert.NotNull(i.CompletedUtc));
        Assert.Equal("keizai@example.jp", done.Checklist.Single(i => i.Step == PilotStep.ReportReceipt).CompletedBy);
        Assert.Equal(ProposalStage.Completed, (await ProposalAsync(host, title)).Stage);
        Assert.DoesNotContain($"action=\"{upload}\"", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);
        Assert.Contains("（受領済み）", await keizai.GetStringAsync(page), StringComparison.Ordinal);
    }

    private static async Task UploadAsync(StaffClient visitor, string tracking, string action, string name, byte[] bytes)
    {
        using var sent = await visitor.PostMultipartAsync(tracking, action, [new("note", "")], ("Document[0]", name, bytes));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    private static async Task<long> PilotIdAsync(TestHost host, long proposalId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.Where(p => p.ProposalId == proposalId).Select(p => p.Id).SingleAsync();
    }

    private static async Task<Pilot> PilotAsync(TestHost host, long id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.AsNoTracking().Include(p => p.Checklist).SingleAsync(p => p.Id == id);
    }

    private static async Task<IReadOnlyList<ProposalFileInfo>> ReportFilesAsync(TestHost host, long proposalId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return PilotReports.ReportFiles(await scope.ServiceProvider.GetRequiredService<IProposalReader>().GetAsync(proposalId));
    }

    private static async Task CheckArrivalsAsync(TestHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PilotReportArrivals>().CheckAsync(CancellationToken.None);
    }
}

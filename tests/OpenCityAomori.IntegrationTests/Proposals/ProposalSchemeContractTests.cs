using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// What scheme modules may do with a proposal through Core: read it without the contact person, set 実施中/完了 after the
/// answer, write to the proposer, and ask for a document the proposer sends from the tracking page.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalSchemeContractTests(ProposalHosts hosts)
{
    private static readonly ProposalDocumentRequest Report = new(
        "pilot-report", new("実証実験の報告書", "Pilot report"), new("実施結果と検証データをまとめてください。", "Summarise the results and the data."), new DateOnly(2027, 3, 31));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_scheme_reads_the_proposal_sets_its_progress_and_gets_the_report_the_proposer_uploads(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "報告書の試験 " + provider;
        var email = $"report-{provider}@example.jp";
        var (_, tracking) = await SubmitAsync(host.NewClient(), title, email);
        var id = (await ProposalAsync(host, title)).Id;

        var snapshot = await WithAsync<IProposalReader, ProposalSnapshot?>(host, r => r.GetAsync(id));
        Assert.Equal((title, "partnership", ProposalProgress.Received), (snapshot!.Title, snapshot.Scheme, snapshot.Progress));
        Assert.Equal(["株式会社テスト", "青森テスト銀行"], snapshot.Organizations.Select(o => o.Name));
        Assert.Contains("Summary", snapshot.ConfidentialTexts);
        Assert.Contains(snapshot.Files, f => f.FileName == "提案書.pdf" && f.RequestKey is null);
        Assert.DoesNotContain(email, JsonSerializer.Serialize(snapshot), StringComparison.Ordinal);
        Assert.DoesNotContain("青森 太郎", JsonSerializer.Serialize(snapshot), StringComparison.Ordinal);

        // Progress belongs to schemes only once the city has answered.
        Assert.False(await WithAsync<IProposalUpdates, bool>(host, u => u.SetProgressAsync(id, ProposalProgress.InProgress)));
        await WithDbAsync(host, db => db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, ProposalStage.Answered)));
        Assert.True(await WithAsync<IProposalUpdates, bool>(host, u => u.SetProgressAsync(id, ProposalProgress.InProgress)));
        var visitor = host.NewClient();
        Assert.Contains("実施中", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);

        Assert.True(await WithAsync<IProposalUpdates, bool>(host, u => u.RequestDocumentAsync(id, Report)));
        var page = await visitor.GetStringAsync(tracking);
        Assert.Contains("ご提出をお願いしている書類", page, StringComparison.Ordinal);
        Assert.Contains("「実証実験の報告書」のご提出をお願いします（2027年3月31日まで）", page, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => WithAsync<IProposalUpdates, bool>(host, u => u.RequestDocumentAsync(id, Report with { Key = "../x" })));

        var upload = tracking + "/documents/pilot-report";
        using (var disguised = await visitor.PostMultipartAsync(tracking, upload, [new("note", "報告書です")], ("Document[0]", "report.pdf", "<html>"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
            Assert.Contains("id=\"document-pilot-report-error\"", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var sent = await visitor.PostMultipartAsync(tracking, upload, [new("note", "報告書を送ります。")], ("Document[0]", "報告書.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var report = Assert.Single((await WithAsync<IProposalReader, ProposalSnapshot?>(host, r => r.GetAsync(id)))!.Files, f => f.RequestKey == "pilot-report");
        Assert.Equal("報告書.pdf", report.FileName);
        var opened = await WithAsync<IProposalReader, (ProposalFileInfo File, byte[] Bytes)?>(host, r => r.OpenFileAsync(id, report.Id));
        Assert.Equal(Pdf, opened!.Value.Bytes);
        Assert.Null(await WithAsync<IProposalReader, (ProposalFileInfo File, byte[] Bytes)?>(host, r => r.OpenFileAsync(id + 100000, report.Id)));
        Assert.Equal(1, (await ProposalAsync(host, title)).UnreadReplies);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        Assert.Contains("提出あり・確認待ち", await desk.GetStringAsync($"/admin/proposals/{id}"), StringComparison.Ordinal);

        Assert.True(await WithAsync<IProposalUpdates, bool>(host, u => u.MessageProposerAsync(id, "報告書を受け取りました。", "市 太郎")));
        Assert.True(await WithAsync<IProposalUpdates, bool>(host, u => u.CloseDocumentRequestAsync(id, "pilot-report")));
        Assert.True(await WithAsync<IProposalUpdates, bool>(host, u => u.SetProgressAsync(id, ProposalProgress.Completed)));
        page = await visitor.GetStringAsync(tracking);
        Assert.DoesNotContain("ご提出をお願いしている書類", page, StringComparison.Ordinal);
        Assert.Contains("報告書を受け取りました。", page, StringComparison.Ordinal);
        Assert.Contains("完了", page, StringComparison.Ordinal);
        using (var late = await visitor.PostMultipartAsync("/propose", upload, [], ("Document[0]", "追加.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        }
    }

    private static async Task<TResult> WithAsync<TService, TResult>(TestHost host, Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

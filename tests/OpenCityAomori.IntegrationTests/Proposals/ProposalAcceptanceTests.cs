using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Partnership;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>Acceptance has one path: the flow's AcceptProposal step calls the scheme through Core, once per proposal.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalAcceptanceTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_approved_partnership_becomes_one_agreement_draft_even_when_acceptance_runs_again(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var title = "受理の試験 " + provider;
        var (_, tracking) = await SubmitAsync(visitor, title, "accept@example.jp");
        var (page, desk, keizai) = await ApprovedAsync(host, title);
        Assert.Null((await ProposalAsync(host, title)).AcceptedUtc);
        await DecideAsync(desk, page, "send");

        var accepted = await ProposalAsync(host, title);
        Assert.NotNull(accepted.AcceptedUtc);
        Assert.StartsWith("agreement:", accepted.AcceptanceReference, StringComparison.Ordinal);
        Assert.Contains("連携協定の案（協議中", await desk.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("パートナーシップ事業として実施に向けた協議を進める", await visitor.GetStringAsync(tracking), StringComparison.Ordinal);
        Assert.Equal(ProposalStage.Answered, accepted.Stage);

        // A retried step calls the scheme again: it returns the same record and creates nothing.
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var scheme = scope.ServiceProvider.GetServices<IProposalScheme>().Single(s => s.Descriptor.Id == "partnership");
        var again = await scheme.AcceptAsync(new AcceptedProposal(accepted.Id, accepted.ReceiptNumber, title, "KEIZAI-SEISAKU", [], "", ""), scope.ServiceProvider);
        Assert.Equal(accepted.AcceptanceReference, again.Reference);
        var agreements = await scope.ServiceProvider.GetRequiredService<PartnershipDbContext>().Agreements.AsNoTracking().Where(a => a.ProposalId == accepted.Id).ToListAsync();
        var agreement = Assert.Single(agreements);
        Assert.Equal(("KEIZAI-SEISAKU", title), (agreement.DepartmentCode, agreement.Title));
        Assert.Equal([("株式会社テスト", "7000012050002"), ("青森テスト銀行", null)], agreement.Partners().Select(p => (p.Name, p.CorporateNumber)));

        // The proposer asked to keep the summary confidential: the draft does not carry it towards the public page.
        Assert.Empty(agreement.Items());
        Assert.Equal(string.Empty, agreement.Summary);
        Assert.Contains("非公開を希望した項目", agreement.Notes, StringComparison.Ordinal);

        // The agreement's course sets the proposal's progress: 締結 and 実施中 → 実施中, 終了 → 完了.
        var agreementPage = AgreementSteps.Page(agreement.Id);
        Assert.Contains(accepted.ReceiptNumber, await keizai.GetStringAsync(agreementPage), StringComparison.Ordinal);
        foreach (var (status, stage) in new[] { ("Signed", ProposalStage.InProgress), ("InEffect", ProposalStage.InProgress), ("Ended", ProposalStage.Completed) })
        {
            using var changed = await AgreementSteps.ChangeStatusAsync(keizai, agreement.Id, status, "2026-12-01");
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
            Assert.Equal(stage, (await ProposalAsync(host, title)).Stage);
        }

        Assert.Null((await AgreementSteps.AgreementAsync(host, agreement.Id)).PendingProgress);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_approved_pilot_proposal_becomes_one_pilot_with_its_checklist_even_when_acceptance_runs_again(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "実証実験の受理の試験 " + provider;
        await SubmitAsync(host.NewClient(), title, "pilot-accept@example.jp", scheme: "pilot");
        var (page, desk, keizai) = await ApprovedAsync(host, title);
        await DecideAsync(desk, page, "send");

        var accepted = await ProposalAsync(host, title);
        Assert.StartsWith("pilot:", accepted.AcceptanceReference, StringComparison.Ordinal);
        Assert.Contains("実証実験（準備中", await desk.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal($"/admin/pilots/{accepted.AcceptanceReference!["pilot:".Length..]}", accepted.AcceptancePath);
        Assert.Contains($"href=\"{accepted.AcceptancePath}\"", await desk.GetStringAsync(page), StringComparison.Ordinal);

        // A retried step calls the scheme again: the same pilot, no second one, one checklist.
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var scheme = scope.ServiceProvider.GetServices<IProposalScheme>().Single(s => s.Descriptor.Id == "pilot");
        var again = await scheme.AcceptAsync(new AcceptedProposal(accepted.Id, accepted.ReceiptNumber, title, "KEIZAI-SEISAKU", [], "", ""), scope.ServiceProvider);
        Assert.Equal(accepted.AcceptanceReference, again.Reference);
        var pilots = await scope.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.AsNoTracking().Include(p => p.Checklist)
            .Where(p => p.ProposalId == accepted.Id).ToListAsync();
        var pilot = Assert.Single(pilots);
        Assert.Equal(("KEIZAI-SEISAKU", PilotStatus.Preparing, 7), (pilot.DepartmentCode, pilot.Status, pilot.Checklist.Count));
        Assert.Equal(["株式会社テスト", "青森テスト銀行"], PilotJson.Read(pilot.BusinessesJson).Select(o => o.Name));
        Assert.Contains(title, await keizai.GetStringAsync($"/admin/pilots/{pilot.Id}"), StringComparison.Ordinal);
    }

    /// <summary>The desk routes the proposal to 経済政策課, which approves it; the desk's answer is the test's.</summary>
    internal static async Task<(string Page, StaffClient Desk, StaffClient Keizai)> ApprovedAsync(TestHost host, string title)
    {
        var page = $"/admin/proposals/{(await ProposalAsync(host, title)).Id}";
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        await DecideAsync(desk, page, "assign", [new("department", "KEIZAI-SEISAKU")]);
        await DecideAsync(keizai, page, "approve");
        return (page, desk, keizai);
    }

    internal static async Task DecideAsync(StaffClient staff, string page, string outcome, KeyValuePair<string, string>[]? fields = null)
    {
        var task = DecisionTaskPattern().Match(await staff.GetStringAsync(page)).Groups[1].Value;
        using var decided = await staff.PostFormAsync(page, page + "/decide", [new("taskId", task), new("outcome", outcome), .. fields ?? []]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
    }
}

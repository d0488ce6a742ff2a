using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>A pilot's status rules, its checklist's due dates from the period, and its public pages following the status.</summary>
[Collection(PilotSiteCollection.Name)]
public sealed class PilotLifecycleTests(PilotHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_pilot_starts_only_with_its_period_and_summary_is_public_while_running_and_withdrawn_and_its_report_request_closed_when_cancelled(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var title = "実施と中止の試験 " + provider;
        var (id, proposal) = await site.AcceptAsync(title, "KEIZAI-SEISAKU");
        var created = await site.PilotAsync(id);
        Assert.Equal(PilotStatus.Preparing, created.Status);
        Assert.Equal(
            [(PilotStep.LandOwners, ChecklistOwner.Desk), (PilotStep.LocalStakeholders, ChecklistOwner.Desk), (PilotStep.Permits, ChecklistOwner.Proposer),
             (PilotStep.LocalNotice, ChecklistOwner.Proposer), (PilotStep.Conduct, ChecklistOwner.Department), (PilotStep.ReportWriting, ChecklistOwner.Proposer),
             (PilotStep.ReportReceipt, ChecklistOwner.Department)],
            created.Checklist.OrderBy(i => i.Step).Select(i => (i.Step, i.Owner)));
        Assert.All(created.Checklist, i => Assert.Null(i.DueOn));

        var keizai = await site.LoginAsync("keizai@example.jp");
        var page = $"/admin/pilots/{id}";
        using (var early = await keizai.PostFormAsync(page, page + "/status", [new("to", "Running")]))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.Contains("実施期間（開始日と終了日）を入力してください", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Bad input is answered in Japanese and kept; then the period sets the due dates on business days.
        using (var bad = await keizai.PostFormAsync(page, page, PilotForms.Edit(title, start: "2027-05-10", end: "2027-05-01")))
        {
            var body = await bad.Content.ReadAsStringAsync();
            Assert.Contains("終了日は開始日以降の日付にしてください。", body, StringComparison.Ordinal);
            Assert.Contains("value=\"2027-05-01\"", body, StringComparison.Ordinal);
        }

        await PilotForms.SaveAsync(keizai, page, PilotForms.Edit(title, start: "２０２７/５/１０", end: "2027-05-20", summary: "駅前で行う実証です。", notes: "内部メモ：費用の相談中"));
        var dated = await site.PilotAsync(id);
        Assert.Equal(300_000, dated.BudgetAmount);
        Assert.Equal(
            ["2027-04-09", "2027-04-09", "2027-04-26", "2027-04-30", "2027-05-20", "2027-06-18", "2027-06-29"],
            dated.Checklist.OrderBy(i => i.Step).Select(i => i.DueOn?.ToString("yyyy-MM-dd")));

        using (var started = await keizai.PostFormAsync(page, page + "/status", [new("to", "Running")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        Assert.Contains((proposal, ProposalProgress.InProgress), site.Proposals.Progress);
        var (ja, en) = await PublishedAsync(site, id);
        Assert.NotNull(ja);
        Assert.NotNull(en);
        Assert.Equal((title, "running", "2027"), (ja!.Title, Field(ja, "status"), Field(ja, "year")));
        Assert.Equal(("Pilot " + title, "A pilot in English"), (en!.Title, Field(en, "summary")));
        Assert.Equal(ja.TranslationGroupId, en.TranslationGroupId);
        var published = JsonSerializer.Serialize(ja.Fields, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("駅前で行う実証です。", published, StringComparison.Ordinal);
        Assert.DoesNotContain("内部メモ", published, StringComparison.Ordinal);
        Assert.DoesNotContain("300000", published, StringComparison.Ordinal);
        var visitor = site.Host.NewClient();
        Assert.Contains(title, await visitor.GetStringAsync($"/pilots/{id}"), StringComparison.Ordinal);
        Assert.Contains("A pilot in English", await visitor.GetStringAsync($"/en/pilots/{id}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/pilots/{id}\"", await visitor.GetStringAsync("/pilots?status=running"), StringComparison.Ordinal);

        // The report is waited for only once the pilot was held.
        using (var report = await keizai.PostFormAsync(page, page + "/status", [new("to", "AwaitingReport")]))
        {
            Assert.Contains("「実証実験の実施・立ち会い」を完了にしてください", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Cancelled while waiting for the report: the proposer's upload is closed.
        await PilotForms.PostAsync(keizai, page, "/checklist/Conduct", [new("action", "done")]);
        await PilotForms.PostAsync(keizai, page, "/status", [new("to", "AwaitingReport")]);
        Assert.DoesNotContain((proposal, "pilot-report"), site.Proposals.Closed);
        using (var noReason = await keizai.PostFormAsync(page, page + "/status", [new("to", "Cancelled"), new("reason", " ")]))
        {
            var body = await noReason.Content.ReadAsStringAsync();
            Assert.Contains("id=\"reason-error\"", body, StringComparison.Ordinal);
            Assert.Contains("中止の理由を入力してください。", body, StringComparison.Ordinal);
        }

        using (var cancelled = await keizai.PostFormAsync(page, page + "/status", [new("to", "Cancelled"), new("reason", "地元との調整がつかなかったため")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        Assert.Equal((PilotStatus.Cancelled, "地元との調整がつかなかったため"), ((await site.PilotAsync(id)).Status, (await site.PilotAsync(id)).StatusNote));
        Assert.Contains((proposal, "pilot-report"), site.Proposals.Closed);
        Assert.Equal((null, null), await PublishedAsync(site, id));
        using (var gone = await visitor.Http.GetAsync($"/pilots/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using (var again = await keizai.PostFormAsync(page, page + "/status", [new("to", "Running")]))
        {
            Assert.Contains("「中止」から「実施中」には変更できません。", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    internal static async Task<(ContentItemView? Ja, ContentItemView? En)> PublishedAsync(PilotHosts.Site site, long id)
    {
        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        return (await query.GetPublishedByIdAsync($"pilot-{id}", CancellationToken.None), await query.GetPublishedByIdAsync($"pilot-{id}-en", CancellationToken.None));
    }

    internal static string? Field(ContentItemView item, string name) =>
        item.Fields.TryGetValue(name, out var value) ? value.GetString() : null;
}

using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalDisclosureTests;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// Closed proposals lose their personal data once the retention period has passed and keep their record; open and
/// recent ones are untouched, 0 years keeps everything. The job is run directly; the proposals are made old in the database.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalRetentionTests(ProposalHosts hosts)
{
    private const string SettingsPage = "/admin/proposals/settings";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_closed_proposal_past_the_period_loses_its_personal_data_once_and_keeps_its_record(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "保存期間の試験 " + provider;
        var email = $"retention-{provider}@example.jp";
        var (proposal, tracking) = await SubmitWithDetailsAsync(host, title, email, "soleProprietor", "青森太郎商店");
        using (var replied = await host.NewClient().PostMultipartAsync(tracking, tracking + "/reply", [new("body", "青森 太郎です。見積書を送ります。")], ("Attachments[0]", "青森太郎の見積書.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        var page = $"/admin/proposals/{proposal.Id}";
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        using (var written = await desk.PostFormAsync(page, page + "/message", [new("body", "青森 太郎 様　見積書を受け取りました。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        }

        var (_, recentTracking) = await SubmitAsync(host.NewClient(), title + "（最近終了）", "recent-" + email);
        var (_, openTracking) = await SubmitAsync(host.NewClient(), title + "（検討中）", "open-" + email);
        var now = DateTime.UtcNow;
        await SetStageAsync(host, proposal.Id, ProposalStage.Answered, now.AddYears(-ProposalRetention.DefaultYears).AddDays(-2), "青森 太郎 様　ご提案を採用し、実施に向けて協議します。");
        await SetStageAsync(host, (await ProposalAsync(host, title + "（最近終了）")).Id, ProposalStage.Completed, now.AddYears(-4));
        await SetStageAsync(host, (await ProposalAsync(host, title + "（検討中）")).Id, ProposalStage.DepartmentReview, now.AddYears(-10));

        // An answer to a question editors added: what it holds is unknown, so it goes with the personal data.
        await WithDbAsync(host, db => db.Proposals.Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(
            u => u.SetProperty(p => p.EditorFieldsJson, """[{"name":"representative","label":{"ja":"代表者名","en":"Representative"},"value":"青森太郎商店 代表","text":{"ja":"青森太郎商店 代表","en":"青森太郎商店 代表"}}]""")));
        Assert.Equal(1, await RunAsync(host));

        var kept = await ProposalAsync(host, title);
        Assert.Contains("代表者名", kept.EditorFieldsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("青森太郎商店", kept.EditorFieldsJson, StringComparison.Ordinal);
        var removedAt = Assert.IsType<DateTime>(kept.PersonalDataRemovedUtc);
        Assert.Equal((proposal.ReceiptNumber, ProposalStage.Answered, proposal.SubmittedUtc, proposal.Scheme, proposal.ConsentVersion), (kept.ReceiptNumber, kept.Stage, kept.SubmittedUtc, kept.Scheme, kept.ConsentVersion));
        Assert.Equal((ProposalRetention.RemovedMark, "", "", "", ""), (kept.ContactName, kept.ContactKana, kept.ContactDepartment, kept.ContactEmail, kept.ContactPhone));
        Assert.Contains("ご提案を採用し、実施に向けて協議します。", kept.AnswerText, StringComparison.Ordinal);
        Assert.Contains("公開してよい詳細。", kept.Details, StringComparison.Ordinal);
        foreach (var text in new[] { kept.AnswerText!, kept.Details, kept.OrganizationsJson, kept.SearchText })
        {
            AssertNoPersonalData(text, email);
            Assert.DoesNotContain("青森太郎商店", text, StringComparison.Ordinal);
        }

        using (var old = await host.NewClient().Http.GetAsync(tracking))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        var (messages, files) = await WithDbAsync(host, async db => (
            await db.Messages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).ToListAsync(),
            await db.Files.AsNoTracking().Where(f => f.ProposalId == proposal.Id).ToListAsync()));
        Assert.Equal(ProposalRetention.RemovedMark, Assert.Single(messages, m => m.Author == MessageAuthor.Proposer).Body);
        var deskMessage = Assert.Single(messages, m => m.Author == MessageAuthor.Desk).Body;
        Assert.Contains("見積書を受け取りました。", deskMessage, StringComparison.Ordinal);
        AssertNoPersonalData(deskMessage, email);
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal((ProposalRetention.RemovedMark, 0), (f.FileName, f.Data.Length)));
        using (var file = await desk.Http.GetAsync($"{page}/files/{files[0].Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        }

        var detail = await desk.GetStringAsync(page);
        Assert.Contains($"個人情報は保存期間の経過により削除済み（{Core.Localization.JapanTime.Format(removedAt)}）", detail, StringComparison.Ordinal);
        Assert.Contains("保存期間の経過により個人情報を削除", detail, StringComparison.Ordinal);
        Assert.Contains(title, detail, StringComparison.Ordinal);
        AssertNoPersonalData(detail, email);

        // Done once: a second run changes nothing and records nothing.
        Assert.Equal(0, await RunAsync(host));
        Assert.Equal(removedAt, (await ProposalAsync(host, title)).PersonalDataRemovedUtc);
        var entry = Assert.Single(await AuditAsync(host, proposal.Id), r => r.Action == ProposalRetention.AuditAction);
        Assert.Contains("\"retentionYears\":5", entry.After, StringComparison.Ordinal);
        AssertNoPersonalData(entry.After!, email);

        foreach (var (other, link) in new[] { ("（最近終了）", recentTracking), ("（検討中）", openTracking) })
        {
            var untouched = await ProposalAsync(host, title + other);
            Assert.Null(untouched.PersonalDataRemovedUtc);
            Assert.Equal("青森 太郎", untouched.ContactName);
            Assert.Contains(title + other, await host.NewClient().GetStringAsync(link), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_settings_page_refuses_a_bad_period_and_zero_years_keeps_the_data(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        Assert.Contains("name=\"PersonalDataRetentionYears\" value=\"5\"", await desk.GetStringAsync(SettingsPage), StringComparison.Ordinal);
        try
        {
            foreach (var bad in new[] { "abc", "-1", "31", "", "1.5" })
            {
                using var refused = await desk.PostFormAsync(SettingsPage, SettingsPage, await FormAsync(host, bad));
                var html = await refused.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                Assert.Contains("個人情報の保存期間は0〜30の整数（年）で入力してください（0は削除しません）。", html, StringComparison.Ordinal);
                Assert.Contains("aria-describedby=\"PersonalDataRetentionYears-error", html, StringComparison.Ordinal);
            }

            using (await desk.PostFormAsync(SettingsPage, "/account/culture", [new("culture", "en"), new("returnUrl", SettingsPage)]))
            using (var english = await desk.PostFormAsync(SettingsPage, SettingsPage, await FormAsync(host, "abc")))
            {
                Assert.Contains("Enter the retention period as a whole number of years from 0 to 30 (0 keeps the data).", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (await desk.PostFormAsync(SettingsPage, "/account/culture", [new("culture", "ja"), new("returnUrl", SettingsPage)]))
            using (var keep = await desk.PostFormAsync(SettingsPage, SettingsPage, await FormAsync(host, "0")))
            {
                Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
            }

            Assert.Equal(0, await YearsAsync(host));
            var title = "保存期間なしの試験 " + provider;
            var (_, tracking) = await SubmitAsync(host.NewClient(), title, $"keep-{provider}@example.jp");
            await SetStageAsync(host, (await ProposalAsync(host, title)).Id, ProposalStage.Withdrawn, DateTime.UtcNow.AddYears(-20));
            Assert.Equal(0, await RunAsync(host));
            Assert.Null((await ProposalAsync(host, title)).PersonalDataRemovedUtc);
            Assert.Contains(title, await host.NewClient().GetStringAsync(tracking), StringComparison.Ordinal);

            // Full-width digits are read as typed on a Japanese keyboard; with a period again, the old proposal is done.
            using (var five = await desk.PostFormAsync(SettingsPage, SettingsPage, await FormAsync(host, "５")))
            {
                Assert.Equal(HttpStatusCode.Redirect, five.StatusCode);
            }

            Assert.Equal(5, await YearsAsync(host));
            Assert.Equal(1, await RunAsync(host));
            Assert.Equal(ProposalRetention.RemovedMark, (await ProposalAsync(host, title)).ContactName);
        }
        finally
        {
            await WithDbAsync(host, db => db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonalDataRetentionYears, ProposalRetention.DefaultYears)));
        }
    }

    private static Task<int> SetStageAsync(TestHost host, long id, ProposalStage stage, DateTime changedUtc, string? answer = null) =>
        WithDbAsync(host, db => db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Stage, stage).SetProperty(p => p.StageChangedUtc, changedUtc).SetProperty(p => p.AnswerText, answer)));

    private static async Task<int> RunAsync(TestHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProposalRetention>().RemoveExpiredAsync(CancellationToken.None);
    }

    private static Task<int> YearsAsync(TestHost host) => WithDbAsync(host, db => db.Settings.AsNoTracking().Select(s => s.PersonalDataRetentionYears).SingleAsync());

    private static async Task<IReadOnlyList<AuditEntityRecord>> AuditAsync(TestHost host, long id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ForEntitiesAsync([new("Proposal", id.ToString(CultureInfo.InvariantCulture))], 100);
    }

    private static async Task<List<KeyValuePair<string, string>>> FormAsync(TestHost host, string years)
    {
        var current = await WithDbAsync(host, db => db.Settings.AsNoTracking().SingleAsync());
        return
        [
            new("NoticeVersion", current.NoticeVersion), new("NoticeJa", current.NoticeJa), new("NoticeEn", current.NoticeEn),
            new("DeskReviewsAnswers", current.DeskReviewsAnswers ? "true" : "false"), new("PersonalDataRetentionYears", years),
        ];
    }
}

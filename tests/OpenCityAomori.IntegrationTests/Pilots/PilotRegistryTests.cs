using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>The registry's list, reminders, CSV and dashboard report, and the recipe's past pilot.</summary>
[Collection(PilotSiteCollection.Name)]
public sealed class PilotRegistryTests(PilotHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overdue_steps_remind_their_owners_once_and_show_in_the_list_the_csv_and_the_dashboard_report(string provider)
    {
        var site = await hosts.ForAsync(provider);
        var title = "期限超過の試験 " + provider;
        var (id, proposal) = await site.AcceptAsync(title, "KEIZAI-SEISAKU");
        var keizai = await site.LoginAsync("keizai@example.jp");
        var page = $"/admin/pilots/{id}";
        var yesterday = JapanTime.Day(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var step in new[] { "LandOwners", "Permits", "Conduct" })
        {
            await PilotForms.PostAsync(keizai, page, $"/checklist/{step}", [new("action", "due"), new("dueOn", yesterday)]);
        }

        using (var bad = await keizai.PostFormAsync(page, page + "/checklist/LocalNotice", [new("action", "due"), new("dueOn", "来週")]))
        {
            var body = await bad.Content.ReadAsStringAsync();
            Assert.Contains("「地域への周知」の期限は 2026-04-01 の形で入力してください。", body, StringComparison.Ordinal);
            Assert.Contains("value=\"来週\"", body, StringComparison.Ordinal);
        }

        await RemindAsync(site);
        await RemindAsync(site);
        Assert.Single(site.Proposals.Messages, m => m.ProposalId == proposal && m.Body.Contains("「使用許可申請等」の期限", StringComparison.Ordinal));
        Assert.Contains($"【期限超過】実証実験「{title}」：実証実験の実施・立ち会い", await keizai.GetStringAsync("/admin/notifications"), StringComparison.Ordinal);
        var notices = await NoticesAsync(site, $"pilot:{id}");
        Assert.Equal(
            [("desk1@example.jp", "土地・施設管理者との調整"), ("desk2@example.jp", "土地・施設管理者との調整"), ("keizai@example.jp", "実証実験の実施・立ち会い")],
            notices.Select(n => (n.User, n.Title[(n.Title.IndexOf('：', StringComparison.Ordinal) + 1)..n.Title.IndexOf('（', StringComparison.Ordinal)])).Order());

        // A new due date that passes reminds again, once.
        var before = JapanTime.Day(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PilotForms.PostAsync(keizai, page, "/checklist/Permits", [new("action", "due"), new("dueOn", before)]);
        await RemindAsync(site);
        Assert.Equal(2, site.Proposals.Messages.Count(m => m.ProposalId == proposal && m.Body.Contains("「使用許可申請等」の期限", StringComparison.Ordinal)));

        var overdue = await keizai.GetStringAsync("/admin/pilots?overdue=true&status=Preparing&q=" + Uri.EscapeDataString(title));
        Assert.Contains($"<a href=\"{page}\">{title}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains("<td>3件</td>", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{page}\"", await keizai.GetStringAsync("/admin/pilots?status=Running&q=" + Uri.EscapeDataString(title)), StringComparison.Ordinal);
        var csv = await keizai.GetStringAsync("/admin/pilots/export.csv?q=" + Uri.EscapeDataString(title));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("番号,件名,受付番号,状態,担当課,実施事業者,開始日,終了日,実施場所,市が提供するもの,事業者の役割,予算措置額（円）,期限超過の項目数,報告書受領日", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains($"{id},{title},P-{proposal},準備中,経済部経済政策課,株式会社実証テスト", row, StringComparison.Ordinal);
        Assert.EndsWith(",3,", row, StringComparison.Ordinal);

        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetServices<ISchemeReport>().OfType<PilotSchemeReport>().Single().BuildAsync();
        Assert.Equal("/admin/pilots/export.csv", report.CsvPath);
        Assert.Equal(["準備中", "実施中", "報告待ち", "完了", "中止"], report.Charts[0].Points.Select(p => p.Label.Ja));
        Assert.Contains(report.Charts[1].Points, p => p.Label.Ja == "2023年" && p.Count >= 1);
        var item = Assert.Single(report.Attention, a => a.AdminPath == page);
        Assert.Equal("期限超過 3件（最も古いもの：使用許可申請等）", item.Detail.Ja);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_recipe_registers_the_seeds_aomori_pilot_once_completed_public_and_searchable(string provider)
    {
        var site = await hosts.ForAsync(provider);
        await using (var scope = site.Host.Factory.Services.CreateAsyncScope())
        {
            // Running the step again adds nothing.
            var step = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "pilots");
            using var json = JsonDocument.Parse("""{"name":"pilots","files":["pilots/pilots.json"]}""");
            await step.ExecuteAsync(new RecipeStepContext(json.RootElement, Path.Combine(AppContext.BaseDirectory, "Recipes", "aomori")), CancellationToken.None);
        }

        await using var read = site.Host.Factory.Services.CreateAsyncScope();
        var pilot = await read.ServiceProvider.GetRequiredService<PilotSupportDbContext>().Pilots.AsNoTracking().Include(p => p.Checklist)
            .SingleAsync(p => p.PublicSlug == "aomori-lightblue-ai-pedestrian-count");
        Assert.Equal((PilotStatus.Completed, 0L, new DateOnly(2023, 6, 23)), (pilot.Status, pilot.ProposalId, pilot.StartDate));
        Assert.All(pilot.Checklist, i => Assert.Equal(PilotsRecipeStep.SeedName, i.CompletedBy));
        var query = read.ServiceProvider.GetRequiredService<IContentQuery>();
        var ja = await query.GetPublishedAsync("Pilot", "ja", "aomori-lightblue-ai-pedestrian-count", CancellationToken.None);
        var en = await query.GetPublishedAsync("Pilot", "en", "aomori-lightblue-ai-pedestrian-count", CancellationToken.None);
        Assert.Equal(("AI映像解析による歩行量調査の実証実験", "completed", "2023"), (ja!.Title, PilotLifecycleTests.Field(ja, "status"), PilotLifecycleTests.Field(ja, "year")));
        Assert.Equal("Pilot of AI Video Analysis for Pedestrian Counts", en!.Title);

        var client = site.Host.NewClient();
        await SearchTestHost.EventuallyAsync(
            async () => (await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("歩行量調査"))).Contains("/pilots/aomori-lightblue-ai-pedestrian-count", StringComparison.Ordinal),
            "the seeded pilot is indexed",
            seconds: 30);
    }

    private static async Task RemindAsync(PilotHosts.Site site)
    {
        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PilotReminders>().RemindOverdueAsync(CancellationToken.None);
    }

    /// <summary>The notices about the pilot and to whom they went.</summary>
    private static async Task<List<(string User, string Title)>> NoticesAsync(PilotHosts.Site site, string source)
    {
        await using var scope = site.Host.Factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var rows = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Items.AsNoTracking().Where(n => n.Source == source).ToListAsync();
        var notices = new List<(string, string)>();
        foreach (var row in rows)
        {
            notices.Add(((await directory.FindUserAsync(row.UserId))!.UserName, row.Title));
        }

        return notices;
    }
}

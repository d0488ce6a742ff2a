using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>The dashboard and the CSV export count and list only what the inbox would show the viewer.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed partial class ProposalDashboardTests(ProposalHosts hosts)
{
    private const string Economy = "KEIZAI-SEISAKU";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_dashboard_counts_within_the_viewers_department_and_only_proposal_readers_see_it(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        await SubmitAsync(visitor, "集計 経済政策課 " + provider, "dash1@example.jp");
        await SubmitAsync(visitor, "集計 未割当 " + provider, "dash2@example.jp");
        var routed = await ProposalAsync(host, "集計 経済政策課 " + provider);
        await RouteOverdueAsync(host, routed.Id);
        var answered = await ProposalAsync(host, "集計 未割当 " + provider);
        await WithDbAsync(host, db => db.Proposals.Where(p => p.Id == answered.Id).ExecuteUpdateAsync(x => x
            .SetProperty(p => p.Stage, ProposalStage.Answered).SetProperty(p => p.AnsweredUtc, answered.SubmittedUtc.AddDays(3.5))));

        var all = await WithDbAsync(host, db => db.Proposals.AsNoTracking().Select(p => new { p.LeadDepartmentCode, p.Scheme, p.SubmittedUtc, p.Stage, p.ReplyDueUtc, p.AnsweredUtc }).ToListAsync());
        var today = JapanTime.Day(DateTime.UtcNow);
        var monthStart = JapanTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1));
        var economy = all.Where(p => p.LeadDepartmentCode == Economy).ToList();

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var deskPage = await desk.GetStringAsync("/admin/proposals/dashboard");
        Assert.Equal(all.Count, Figure(deskPage, "dash-total"));
        Assert.Equal(all.Count(p => p.SubmittedUtc >= monthStart), Counts(deskPage, "dash-months")[^1].Count);
        Assert.Equal(12, Counts(deskPage, "dash-months").Count);
        Assert.Contains(Counts(deskPage, "dash-departments"), r => r.Label == "未割当" && r.Count == all.Count(p => p.LeadDepartmentCode == null));
        Assert.Contains(Counts(deskPage, "dash-schemes"), r => r.Label == "パートナーシップ（連携事業）" && r.Count == all.Count(p => p.Scheme == "partnership"));
        var days = all.Where(p => p.AnsweredUtc != null).Select(p => (p.AnsweredUtc!.Value - p.SubmittedUtc).TotalDays).Order().ToList();
        var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2;
        Assert.Contains($"id=\"dash-median\">{median:0.0}日（回答済み {days.Count}件）", deskPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/proposals?overdue=true\"", deskPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/proposals?department={Economy}&amp;overdue=true\"", deskPage, StringComparison.Ordinal);
        Assert.Contains("<canvas id=\"dash-stages-chart\" role=\"img\" aria-label=", deskPage, StringComparison.Ordinal);

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var keizaiPage = await keizai.GetStringAsync("/admin/proposals/dashboard");
        Assert.Equal(economy.Count, Figure(keizaiPage, "dash-total"));
        Assert.Equal(("経済部経済政策課", economy.Count), Assert.Single(Counts(keizaiPage, "dash-departments")));
        var overdue = economy.Count(p => p.Stage == ProposalStage.AwaitingProposer && p.ReplyDueUtc < DateTime.UtcNow);
        Assert.True(overdue >= 1);
        Assert.Equal(("経済部経済政策課", overdue), Assert.Single(Counts(keizaiPage, "dash-overdue-departments")));
        Assert.DoesNotContain("未割当", keizaiPage, StringComparison.Ordinal);

        var nodept = host.NewClient();
        await nodept.LoginAsync("nodept@example.jp", Password);
        Assert.Equal(0, Figure(await nodept.GetStringAsync("/admin/proposals/dashboard"), "dash-total"));

        var editor = await EditorAsync(host);
        using (var denied = await editor.Http.GetAsync("/admin/proposals/dashboard"))
        {
            StaffClient.AssertDenied(denied);
        }

        using var deniedCsv = await editor.Http.GetAsync("/admin/proposals/export.csv");
        StaffClient.AssertDenied(deniedCsv);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_csv_export_is_excel_safe_follows_the_inbox_filters_and_scope_and_is_audited(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var visitor = host.NewClient();
        var mark = "CSV試験" + provider;
        var (formulaReceipt, _) = await SubmitAsync(visitor, "=HYPERLINK(\"http://example.com\") " + mark, "csv1@example.jp");
        var (routedReceipt, _) = await SubmitAsync(visitor, "経済政策課の " + mark, "csv2@example.jp");
        var routed = await ProposalAsync(host, "経済政策課の " + mark);
        await RouteOverdueAsync(host, routed.Id);

        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var inbox = await desk.GetStringAsync("/admin/proposals?q=" + Uri.EscapeDataString(mark));
        Assert.Contains("href=\"/admin/proposals/export.csv?q=" + Uri.EscapeDataString(mark) + "\"", inbox, StringComparison.Ordinal);
        var (bytes, text) = await CsvAsync(desk, "/admin/proposals/export.csv?q=" + Uri.EscapeDataString(mark));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("受付番号,受付日時（日本時間）,種類,手法,段階,担当課,受付方法,提案者（団体名）,件名,回答日", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains('\n', StringComparison.Ordinal));
        var formula = Assert.Single(lines, l => l.StartsWith(formulaReceipt, StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.com\"\") " + mark + "\",", formula, StringComparison.Ordinal);
        Assert.Contains("株式会社テスト / 青森テスト銀行", formula, StringComparison.Ordinal);
        Assert.Contains(",オンライン,", formula, StringComparison.Ordinal);
        Assert.Contains(",経済部経済政策課,", Assert.Single(lines, l => l.StartsWith(routedReceipt, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("csv1@example.jp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("青森 太郎", text, StringComparison.Ordinal);

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var (_, scoped) = await CsvAsync(keizai, "/admin/proposals/export.csv?q=" + Uri.EscapeDataString(mark));
        Assert.Contains(routedReceipt, scoped, StringComparison.Ordinal);
        Assert.DoesNotContain(formulaReceipt, scoped, StringComparison.Ordinal);
        var (_, overdue) = await CsvAsync(keizai, "/admin/proposals/export.csv?overdue=true&department=NOT-MINE");
        Assert.Single(overdue.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var (_, mine) = await CsvAsync(keizai, "/admin/proposals/export.csv?overdue=true");
        Assert.Contains(routedReceipt, mine, StringComparison.Ordinal);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Action == "Exported" && e.Category == "Proposals").ToListAsync();
        Assert.Contains(exports, e => e.UserName == "desk1@example.jp" && e.After!.Contains("\"rows\":2", StringComparison.Ordinal) && e.After.Contains("q=" + Uri.EscapeDataString(mark), StringComparison.Ordinal));
        Assert.Contains(exports, e => e.UserName == "keizai@example.jp" && e.After!.Contains("\"rows\":1", StringComparison.Ordinal) && e.After.Contains("\"departmentScope\":\"KEIZAI-SEISAKU\"", StringComparison.Ordinal));
        Assert.Contains(exports, e => e.UserName == "keizai@example.jp" && e.After!.Contains("\"rows\":0", StringComparison.Ordinal) && e.After.Contains("overdue=true", StringComparison.Ordinal));
    }

    /// <summary>Routed to the economy department and waiting for the proposer past the reply date.</summary>
    private static Task<int> RouteOverdueAsync(TestHost host, long id) =>
        WithDbAsync(host, db => db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(x => x
            .SetProperty(p => p.LeadDepartmentCode, Economy)
            .SetProperty(p => p.Stage, ProposalStage.AwaitingProposer)
            .SetProperty(p => p.ReplyDueUtc, DateTime.UtcNow.AddDays(-1))));

    private static async Task<(byte[] Bytes, string Text)> CsvAsync(StaffClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    private static async Task<StaffClient> EditorAsync(TestHost host)
    {
        var admin = await host.AdminClientAsync();
        var email = "dash-editor@example.jp";
        using (var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("Form.DisplayName", "編集 次郎"), new("Form.Email", email), new("Form.Roles", "Editor"),
            new("Form.DepartmentId", string.Empty), new("Form.Password", Password),
        ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var editor = host.NewClient();
        await editor.LoginAsync(email, Password);
        return editor;
    }

    private static int Figure(string page, string id) =>
        int.Parse(Regex.Match(page, $"id=\"{id}\">([0-9]+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Label, int Count)> Counts(string page, string id)
    {
        var table = Regex.Match(page, $"<table[^>]*id=\"{id}-table\">.*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"No table {id}");
        return [.. RowPattern().Matches(table.Value).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>\\s*<td class=\"num\" data-value=\"([0-9]+)\"", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.Partnership.Models;
using static OpenCityAomori.IntegrationTests.Partnership.AgreementSteps;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Partnership;

/// <summary>The agreements registry on the shared proposals site: each test registers agreements of its own titles.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class AgreementRegistryTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_signed_agreement_is_public_in_both_languages_without_internal_notes_and_disappears_when_dissolved(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var title = "公開の試験協定 " + provider;
        var id = await RegisterAsync(desk, title, "KEIZAI-SEISAKU");
        var publicPath = $"/partnerships/agreement-{id}";
        var visitor = host.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync(publicPath)).StatusCode);

        // 協議中 → 終了 is not a transition, and 締結 needs its date: both refused with the reason, nothing changes.
        using (var skipped = await ChangeStatusAsync(desk, id, "Ended"))
        {
            Assert.Contains("「協議中」から「終了」には変更できません", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var undated = await ChangeStatusAsync(desk, id, "Signed"))
        {
            Assert.Contains("締結にするには締結日を入力してください", await undated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(AgreementStatus.Negotiating, (await AgreementAsync(host, id)).Status);
        using (var signed = await ChangeStatusAsync(desk, id, "Signed", "２０２６－０４－０１"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        var stored = await AgreementAsync(host, id);
        Assert.Equal((AgreementStatus.Signed, new DateOnly(2026, 4, 1), false, null), (stored.Status, stored.SignedOn, stored.PublicationPending, stored.PublicationError));

        var ja = await visitor.GetStringAsync(publicPath);
        Assert.Contains(title, ja, StringComparison.Ordinal);
        Assert.Contains("株式会社テスト連携", ja, StringComparison.Ordinal);
        Assert.Contains("観光振興に関する事項", ja, StringComparison.Ordinal);
        Assert.DoesNotContain("内部メモ", ja, StringComparison.Ordinal);
        Assert.DoesNotContain("090-0000-0000", ja, StringComparison.Ordinal);
        var en = await visitor.GetStringAsync("/en" + publicPath);
        Assert.Contains(title + " (EN)", en, StringComparison.Ordinal);
        Assert.Contains("Test Partner Ltd.", en, StringComparison.Ordinal);
        Assert.Contains(title, await visitor.GetStringAsync("/partnerships"), StringComparison.Ordinal);
        Assert.Contains("公開中", await desk.GetStringAsync(Page(id)), StringComparison.Ordinal);

        using (var dissolved = await ChangeStatusAsync(desk, id, "Dissolved"))
        {
            Assert.Equal(HttpStatusCode.Redirect, dissolved.StatusCode);
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var status = await scope.ServiceProvider.GetRequiredService<IContentDrafts>().StatusAsync($"agreement-{id}-en");
        Assert.False(status!.IsPublished);
        Assert.Equal(HttpStatusCode.NotFound, (await host.NewClient().Http.GetAsync(publicPath)).StatusCode);
        Assert.DoesNotContain(title, await host.NewClient().GetStringAsync("/partnerships"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Department_staff_see_and_edit_only_their_departments_agreements_and_a_guessed_url_is_refused_and_audited(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var own = await RegisterAsync(desk, "経済の協定 " + provider, "KEIZAI-SEISAKU");
        var other = await RegisterAsync(desk, "道路の協定 " + provider, "TOSHI-DORO");

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var list = await keizai.GetStringAsync(List + "?q=" + Uri.EscapeDataString(provider));
        Assert.Contains("経済の協定 " + provider, list, StringComparison.Ordinal);
        Assert.DoesNotContain("道路の協定 " + provider, list, StringComparison.Ordinal);
        Assert.Contains("経済の協定", await keizai.GetStringAsync(Page(own)), StringComparison.Ordinal);
        StaffClient.AssertDenied(await keizai.Http.GetAsync(Page(other)));
        StaffClient.AssertDenied(await keizai.Http.GetAsync(Page(other) + "/edit"));
        using (var status = await keizai.PostFormAsync(Page(own), Page(other) + "/status", [new("Change.Status", "Dissolved")]))
        {
            StaffClient.AssertDenied(status);
        }

        Assert.Equal(AgreementStatus.Negotiating, (await AgreementAsync(host, other)).Status);
        Assert.DoesNotContain("道路の協定", System.Text.Encoding.UTF8.GetString(await keizai.Http.GetByteArrayAsync(List + "/export.csv")), StringComparison.Ordinal);

        // Department staff register for their own department, whatever the form posted.
        var registered = await RegisterAsync(keizai, "経済が登録 " + provider, "TOSHI-DORO");
        Assert.Equal("KEIZAI-SEISAKU", (await AgreementAsync(host, registered)).DepartmentCode);

        // Holding no agreement permission (a proposal reader without a department): refused outright.
        var nodept = host.NewClient();
        await nodept.LoginAsync("nodept@example.jp", Password);
        StaffClient.AssertDenied(await nodept.Http.GetAsync(Page(own)));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditTrailDbContext>().Events.AsNoTracking()
            .Where(e => e.Action == "AccessDenied" && e.EntityType == "Agreement" && e.EntityId == other.ToString()).ToListAsync();
        Assert.Equal(3, audit.Count(e => e.UserName == "keizai@example.jp"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disguised_document_is_refused_and_a_real_one_is_kept_and_served_only_within_the_scope(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var id = await RegisterAsync(desk, "文書の試験 " + provider, "TOSHI-DORO");

        using (var disguised = await desk.PostMultipartAsync(Page(id), Page(id) + "/documents", [], ("Document.File", "協定書.pdf", "MZ\x90\0 not a pdf"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
            Assert.Contains("ファイルの中身が拡張子（.pdf）と一致しません", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var script = await desk.PostMultipartAsync(Page(id), Page(id) + "/documents", [], ("Document.File", "run.exe", Pdf)))
        {
            Assert.Contains("この形式のファイルは受け付けていません", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var real = await desk.PostMultipartAsync(Page(id), Page(id) + "/documents", [], ("Document.File", "協定書.pdf", Pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        }

        var page = await desk.GetStringAsync(Page(id));
        var link = System.Text.RegularExpressions.Regex.Match(page, $"{Page(id)}/documents/(\\d+)").Value;
        Assert.Equal(Pdf, await desk.Http.GetByteArrayAsync(link));
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        StaffClient.AssertDenied(await keizai.Http.GetAsync(link));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_registry_csv_is_excel_safe_and_the_report_counts_agreements_and_those_due_for_review(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var title = "=HYPERLINK(\"http://example.com\") " + provider;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var id = await RegisterAsync(desk, title, "KEIZAI-SEISAKU", "Memorandum", new("Form.ReviewOn", today.AddDays(10).ToString("yyyy-MM-dd")), new("Form.SignedOn", "2025-12-01"));
        using (var signed = await ChangeStatusAsync(desk, id, "Signed"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        var csv = await desk.Http.GetByteArrayAsync(List + "/export.csv?type=Memorandum&q=" + Uri.EscapeDataString(provider));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("番号,件名,種類,状況,連携先,法人番号,担当課", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.com\"\") " + provider + "\",覚書,締結,株式会社テスト連携,7000012050002,経済部経済政策課,2025-12-01", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetServices<Core.Proposals.ISchemeReport>().Single(r => r.GetType().Name == "PartnershipReport").BuildAsync();
        Assert.Equal(List + "/export.csv", report.CsvPath);
        Assert.Contains(report.Attention, a => a.AdminPath == Page(id) && a.DueOn == today.AddDays(10));
        Assert.Contains(report.Charts[1].Points, p => p.Label.En == "2025" && p.Count >= 1);
        Assert.True(report.Charts[0].Points.Single(p => p.Label.Ja == "実施中").Count >= 1, "the seeded agreement with the banks is in effect");
    }
}

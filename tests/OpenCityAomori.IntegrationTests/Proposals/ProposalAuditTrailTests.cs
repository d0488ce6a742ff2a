using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.IntegrationTests.Infrastructure;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>A proposal's own audit trail: its records hold no personal or confidential values, and whoever may see the proposal reads them.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalAuditTrailTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_proposals_audit_records_hold_no_personal_data_and_its_department_reads_them_on_the_proposal_page(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var title = "監査証跡の試験 " + provider;
        var email = $"audit-{provider}@example.jp";
        var (proposal, tracking) = await ProposalDisclosureTests.SubmitWithDetailsAsync(host, title, email, "corporation");
        using (var replied = await host.NewClient().PostMultipartAsync(tracking, tracking + "/reply", [new("body", "青森 太郎です。返信の本文。")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }

        var page = $"/admin/proposals/{proposal.Id}";
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var triage = DecisionTaskPattern().Match(await desk.GetStringAsync(page)).Groups[1].Value;
        using (var routed = await desk.PostFormAsync(page, page + "/decide", [new("taskId", triage), new("outcome", "assign"), new("department", "KEIZAI-SEISAKU")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        }

        var messages = await WithDbAsync(host, db => db.Messages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).Select(m => m.Id).ToListAsync());
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var keys = messages.Select(m => new AuditEntityKey("ProposalMessage", m.ToString(CultureInfo.InvariantCulture)))
                .Append(new AuditEntityKey("Proposal", proposal.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            var records = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ForEntitiesAsync(keys, 100);
            var created = Assert.Single(records, r => r is { EntityType: "Proposal", Action: "Created" });
            Assert.Contains(title, Values(created.After), StringComparison.Ordinal);
            Assert.Contains(records, r => r is { EntityType: "ProposalMessage", Action: "Created" });
            Assert.Contains(records, r => r is { EntityType: "Proposal", Action: "Updated" } && Values(r.After).Contains("LeadDepartmentCode=KEIZAI-SEISAKU", StringComparison.Ordinal));
            Assert.Equal(records.OrderByDescending(r => r.Id).Select(r => r.Id), records.Select(r => r.Id));
            foreach (var record in records)
            {
                var values = Values(record.Before) + Values(record.After);
                ProposalDisclosureTests.AssertNoPersonalData(values, email);
                foreach (var secret in new[] { "株式会社テスト", "非公開の概要", "公開してよい詳細", "返信の本文" })
                {
                    Assert.DoesNotContain(secret, values, StringComparison.Ordinal);
                }
            }
        }

        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var seen = await keizai.GetStringAsync(page);
        Assert.Contains("この提案の記録（監査証跡）", seen, StringComparison.Ordinal);
        Assert.Contains("desk1@example.jp", seen, StringComparison.Ordinal);
        Assert.Contains("<td>更新</td>", seen, StringComparison.Ordinal);
        Assert.Matches("<td>提案（[^<]*担当課[^<]*）</td>", seen);
        Assert.Contains("ログインしていない利用者（提案者など）", seen, StringComparison.Ordinal);
        Assert.DoesNotContain($"{page}/disclosure", seen, StringComparison.Ordinal);
    }

    /// <summary>The recorded values as text (the trail stores JSON with non-ASCII letters escaped, so a plain search would find nothing).</summary>
    internal static string Values(string? json)
    {
        if (json is null)
        {
            return string.Empty;
        }

        using var document = JsonDocument.Parse(json);
        return string.Join("\n", document.RootElement.EnumerateObject().Select(p => $"{p.Name}={p.Value}"));
    }
}

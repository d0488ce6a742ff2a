using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>A challenge's department is a code of the directory: chosen, validated, shown by its current name, published in open data and routed to.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ChallengeDepartmentTests(ProposalHosts hosts)
{
    private const string NewChallenge = "/admin/contents/new/Challenge";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_challenge_keeps_its_department_by_code_shows_the_directory_name_and_its_proposals_follow_the_code(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();
        var code = "SHIKEN-" + provider.ToUpperInvariant();
        var retired = "HAISHI-" + provider.ToUpperInvariant();
        await SaveDepartmentAsync(host, admin, null, code, $"試験推進課{provider}", $"Trial Division {provider}", active: true);
        await SaveDepartmentAsync(host, admin, null, retired, $"廃止課{provider}", $"Closed Division {provider}", active: false);

        var form = await admin.GetStringAsync(NewChallenge);
        Assert.Contains($"<option value=\"{code}\">試験推進課{provider}</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{retired}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Fields.department\"", form, StringComparison.Ordinal);

        foreach (var refused in new[] { "NO-SUCH-DEPT", retired })
        {
            using var bad = await admin.PostFormAsync(NewChallenge, NewChallenge, ChallengeForm("課題 " + provider, "dept-" + provider, refused));
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            var page = await bad.Content.ReadAsStringAsync();
            Assert.Contains($"組織の一覧にある現在の課から選んでください（{refused} は登録がないか、廃止されています）", page, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"Fields_departmentCode-error", page, StringComparison.Ordinal);
        }

        var slug = "dept-challenge-" + provider.ToLowerInvariant();
        var title = "担当課コードの課題 " + provider;
        using (var saved = await admin.PostFormAsync(NewChallenge, NewChallenge, ChallengeForm(title, slug, code)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await PublishedAsync(host, slug);
        Assert.Equal(code, stored.GetText("departmentCode"));
        Assert.Equal($"試験推進課{provider}", stored.GetText("department"));

        // The department is renamed: pages show the directory's name, open data keeps the name saved with the challenge.
        await SaveDepartmentAsync(host, admin, code, code, $"試験推進課{provider}（改称）", $"Trial Division {provider} (renamed)", active: true);
        var visitor = host.NewClient();
        Assert.Contains($"試験推進課{provider}（改称）", await visitor.GetStringAsync("/challenges/" + slug), StringComparison.Ordinal);
        Assert.Contains($"試験推進課{provider}（改称）", await visitor.GetStringAsync("/challenges"), StringComparison.Ordinal);
        using var open = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/challenges"));
        var record = open.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == slug);
        Assert.Equal(code, record.GetProperty("departmentCode").GetString());
        Assert.Equal($"試験推進課{provider}", record.GetProperty("department").GetString());

        // The stored name matches no department any more: only the code can route the 課題提案.
        var proposalTitle = "担当課コードへの課題提案 " + provider;
        var fields = Fields(proposalTitle, "dept-code@example.jp");
        fields.RemoveAll(f => f.Key == "Input.Kind");
        fields.AddRange([new("Input.Kind", "challenge"), new("Input.ChallengeId", stored.TranslationGroupId)]);
        using (var posted = await visitor.PostMultipartAsync("/propose", "/propose", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        Assert.Equal(code, (await ProposalAsync(host, proposalTitle)).LeadDepartmentCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Challenges_saved_before_codes_get_the_code_of_their_department_name_at_start_up_once(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var suffix = provider.ToLowerInvariant();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            foreach (var (id, name) in new[] { ($"old-economy-{suffix}", "Economic Policy Division, Economic Department"), ($"old-unknown-{suffix}", "存在しない課") })
            {
                var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
                    $$"""{"department":"{{name}}","postedOn":"2026-12-01","status":"open","summary":"旧形式"}""")!;
                await manager.CreateAsync(id, "Challenge", "en", null, new ContentEdit("Old challenge " + id, id, fields), null, new Publication(PublishAction.Publish), CancellationToken.None);
            }
        }

        for (var run = 0; run < 2; run++)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var fill = scope.ServiceProvider.GetServices<IStartupTask>().Single(t => t.GetType().Name == "DepartmentCodeFill");
            await fill.RunAsync(CancellationToken.None);
        }

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            var economy = await content.GetPublishedByIdAsync($"old-economy-{suffix}", CancellationToken.None);
            Assert.NotNull(economy);
            Assert.Equal("KEIZAI-SEISAKU", economy.GetText("departmentCode"));
            Assert.Equal("Economic Policy Division, Economic Department", economy.GetText("department"));
            Assert.Equal(1, economy.VersionNumber);
            var unknown = await content.GetPublishedByIdAsync($"old-unknown-{suffix}", CancellationToken.None);
            Assert.Null(unknown!.GetText("departmentCode"));
        }
    }

    internal static List<KeyValuePair<string, string>> ChallengeForm(string title, string slug, string departmentCode, string submit = "publish") =>
    [
        new("Title", title), new("Slug", slug), new("Culture", "ja"),
        new("Fields.departmentCode", departmentCode), new("Fields.postedOn", "2026-12-01"), new("Fields.deadline", "2099-12-31"),
        new("Fields.status", "open"), new("Fields.summary", "担当課の試験"), new("Fields.background", "背景"), new("Fields.desiredOutcome", "成果"),
        new("submit", submit),
    ];

    internal static async Task<ContentItemView> PublishedAsync(TestHost host, string slug)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedAsync("Challenge", "ja", slug, CancellationToken.None);
        Assert.NotNull(item);
        return item;
    }

    /// <summary>Creates (<paramref name="existingCode"/> null) or edits a department through the admin.</summary>
    internal static async Task SaveDepartmentAsync(TestHost host, StaffClient admin, string? existingCode, string code, string nameJa, string nameEn, bool active)
    {
        var action = "/admin/departments/create";
        if (existingCode is not null)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var departments = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().DepartmentsAsync();
            action = "/admin/departments/" + departments.Single(d => d.Code == existingCode).Id;
        }

        using var saved = await admin.PostFormAsync(action, action,
            [new("Code", code), new("NameJa", nameJa), new("NameEn", nameEn), new("IsActive", active ? "true" : "false")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}

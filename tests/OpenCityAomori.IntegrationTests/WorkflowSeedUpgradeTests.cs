using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using OpenCityAomori.Web.Recipes;
using static OpenCityAomori.IntegrationTests.WorkflowSamples;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The workflows recipe step on a site it seeded earlier, on the shared Aomori site with definitions of its own:
/// an untouched flow is replaced, an edited or running one gets a draft and the designer's notice, the same
/// files again change nothing; and the start-up run recognises flows seeded before hashes were kept.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class WorkflowSeedUpgradeTests(ProposalHosts hosts) : IDisposable
{
    private const string Notice = "新しい標準の版が下書きとして追加されました";

    private readonly string recipeDirectory = Path.Combine(Path.GetTempPath(), "oca-seed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(recipeDirectory))
        {
            Directory.Delete(recipeDirectory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_changed_file_replaces_an_untouched_flow_and_waits_as_a_draft_with_a_notice_beside_an_edited_or_running_one(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var p = provider.ToLowerInvariant();
        string untouched = $"seed-untouched-{p}", edited = $"seed-edited-{p}", live = $"seed-live-{p}";
        string[] names = [untouched, edited, live];
        await RunStepAsync(host, names, "P1D");
        var admin = await host.AdminClientAsync();
        using (var saved = await admin.PostFormAsync($"/admin/workflows/{edited}/edit", $"/admin/workflows/{edited}/edit", [new("Xml", Process(edited, "P9D")), new("command", "publish")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<IWorkflowEventPublisher>()
                .PublishAsync(new WorkflowEvent(Message(live), "seed-case-" + p, Guid.NewGuid().ToString(), new Dictionary<string, string?>()));
            Assert.Single(started.StartedInstances);
        }

        await RunStepAsync(host, names, "P2D");

        Assert.Equal([(2, 2), (3, 2), (2, 1)], await VersionsAsync(host, names));
        Assert.DoesNotContain(Notice, await admin.GetStringAsync($"/admin/workflows/{untouched}/edit"), StringComparison.Ordinal);
        var designer = await admin.GetStringAsync($"/admin/workflows/{edited}/edit");
        Assert.Contains(Notice, designer, StringComparison.Ordinal);
        Assert.Contains("新しい標準の版（第3版）", designer, StringComparison.Ordinal);
        Assert.Contains("公開中の第2版", designer, StringComparison.Ordinal);
        Assert.Contains(Notice, await admin.GetStringAsync($"/admin/workflows/{live}/edit"), StringComparison.Ordinal);
        Assert.Equal(["RecipePublished", "RecipeDrafted", "RecipeDrafted"], await RecipeAuditAsync(host, names));

        // The same files again: nothing changes, nothing is audited.
        var before = await SnapshotAsync(host, names);
        await RunStepAsync(host, names, "P2D");
        Assert.Equal(before, await SnapshotAsync(host, names));
        Assert.Equal(["RecipePublished", "RecipeDrafted", "RecipeDrafted"], await RecipeAuditAsync(host, names));

        using (var discarded = await admin.PostFormAsync($"/admin/workflows/{edited}/edit", $"/admin/workflows/{edited}/discard", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        }

        Assert.DoesNotContain(Notice, await admin.GetStringAsync($"/admin/workflows/{edited}/edit"), StringComparison.Ordinal);
        Assert.Equal((2, 2), (await VersionsAsync(host, [edited]))[0]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task At_start_up_the_flows_a_site_got_before_hashes_were_kept_are_recognised_and_left_as_they_are(string provider)
    {
        var host = await hosts.ForAsync(provider);
        string[] seeded = ["contact-desk-notification", "consultation-flow", "partnership-flow", "pilot-support-flow"];
        await WithDbAsync(host, async db =>
        {
            var ids = await db.Definitions.Where(d => seeded.Contains(d.Name)).Select(d => d.Id).ToListAsync();
            await db.Versions.Where(v => ids.Contains(v.DefinitionId)).ExecuteUpdateAsync(s => s.SetProperty(v => v.SeedHash, (string?)null));
            return await db.Definitions.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.SeedHash, (string?)null));
        });
        var before = await VersionsAsync(host, seeded);

        Dictionary<string, string> files;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // The recipe's own flows, and the flows the scheme modules ship (seeded by a start-up task).
            Assert.False(await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunOnceAsync("aomori", CancellationToken.None));
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<ModuleWorkflowTemplates>().Single().RunAsync(CancellationToken.None);
            var directory = Path.GetDirectoryName(RecipeExecutor.PathOf("aomori"))!;
            files = scope.ServiceProvider.GetServices<IWorkflowTemplateProvider>().SelectMany(p => p.Templates).ToDictionary(t => t.Name, t => t.Xml);
            files["contact-desk-notification"] = File.ReadAllText(Path.Combine(directory, "workflows", "contact-desk-notification.bpmn"));
            files["consultation-flow"] = File.ReadAllText(Path.Combine(directory, "workflows", "consultation-flow.bpmn"));
        }

        Assert.Equal(before, await VersionsAsync(host, seeded));
        var hashes = await WithDbAsync(host, db => db.Definitions.Where(d => seeded.Contains(d.Name)).ToDictionaryAsync(d => d.Name, d => d.SeedHash));
        Assert.All(seeded, name => Assert.Equal(SeedHashes.Of(files[name]), hashes[name]));
    }

    private static string Message(string name) => "Seed" + name.Replace("-", "", StringComparison.Ordinal);

    /// <summary>Message start → a task for an assignee no one signs in as (no one's inbox) → end.</summary>
    private static string Process(string name, string dueIn) => Definitions(
        $"<bpmn:startEvent id=\"start\"><bpmn:messageEventDefinition messageRef=\"Message_{Message(name)}\" /></bpmn:startEvent>"
        + $"<bpmn:userTask id=\"review\" name=\"確認\">{Props(("assignee", "seed-test"), ("dueIn", dueIn))}</bpmn:userTask><bpmn:endEvent id=\"end\" />"
        + Flow("f1", "start", "review") + Flow("f2", "review", "end"),
        Message(name));

    private async Task RunStepAsync(TestHost host, string[] names, string dueIn)
    {
        Directory.CreateDirectory(Path.Combine(recipeDirectory, "workflows"));
        foreach (var name in names)
        {
            await File.WriteAllTextAsync(Path.Combine(recipeDirectory, "workflows", name + ".bpmn"), Process(name, dueIn));
        }

        var items = names.Select(n => new { name = n, titleJa = n + "（標準）", titleEn = n + " (standard)", file = $"workflows/{n}.bpmn", publish = true });
        using var step = JsonDocument.Parse(JsonSerializer.Serialize(new { name = "workflows", items }));
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var workflows = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "workflows");
        await workflows.ExecuteAsync(new RecipeStepContext(step.RootElement, recipeDirectory), CancellationToken.None);
    }

    /// <summary>(latest, published) version of each definition, in the order given.</summary>
    private static async Task<List<(int Latest, int? Published)>> VersionsAsync(TestHost host, string[] names)
    {
        var rows = await WithDbAsync(host, db => db.Definitions.AsNoTracking().Where(d => names.Contains(d.Name)).ToListAsync());
        return names.Select(n => rows.Single(d => d.Name == n)).Select(d => (d.LatestVersion, d.PublishedVersion)).ToList();
    }

    private static Task<List<string>> SnapshotAsync(TestHost host, string[] names) => WithDbAsync(host, db =>
        db.Versions.AsNoTracking().Join(db.Definitions.Where(d => names.Contains(d.Name)), v => v.DefinitionId, d => d.Id, (v, d) => new { d.Name, v.Version, v.Status, v.UpdatedUtc, d.SeedHash })
            .OrderBy(x => x.Name).ThenBy(x => x.Version).Select(x => $"{x.Name} {x.Version} {x.Status} {x.UpdatedUtc:O} {x.SeedHash}").ToListAsync());

    /// <summary>The recipe's own audit records of the definitions, oldest first.</summary>
    private static async Task<List<string>> RecipeAuditAsync(TestHost host, string[] names)
    {
        var ids = await WithDbAsync(host, db => db.Definitions.Where(d => names.Contains(d.Name)).Select(d => d.Id).ToListAsync());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
            .ForEntitiesAsync(ids.Select(id => new AuditEntityKey(nameof(WorkflowDefinition), id.ToString())).ToList(), 100);
        return records.Where(r => r.Action.StartsWith("Recipe", StringComparison.Ordinal)).OrderBy(r => r.Id).Select(r => r.Action).ToList();
    }

    private static async Task<T> WithDbAsync<T>(TestHost host, Func<WorkflowsDbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }
}

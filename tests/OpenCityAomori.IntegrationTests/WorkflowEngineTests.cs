using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// The engine in the real host, on SQLite and PostgreSQL: events, tasks, restarts. Tests whose definitions
/// and business keys are their own share a host per provider; the restart uses a database of its own.
/// </summary>
public sealed partial class WorkflowEngineTests(SharedWorkflowHosts hosts) : IClassFixture<SharedWorkflowHosts>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_event_starts_a_published_definition_and_completing_its_task_moves_it_on(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await host.DeployAsync("review", WorkflowSamples.Review);

        var ignored = await host.PublishAsync("FormSubmitted", "form-submission:0", data: new() { ["formName"] = "other" });
        var started = await host.PublishAsync("FormSubmitted", "form-submission:1", "form-submission:1", new() { ["formName"] = "contact", ["departmentCode"] = "kikaku" });
        var duplicate = await host.PublishAsync("FormSubmitted", "form-submission:1", "form-submission:1", new() { ["formName"] = "contact" });
        Assert.Empty(ignored.StartedInstances);
        Assert.True(duplicate.WasDuplicate);
        var id = Assert.Single(started.StartedInstances);
        Assert.Equal(["reply"], (await host.InstanceAsync(id)).ActiveElementIds);

        Assert.Equal([id], (await host.PublishAsync("Replied", "form-submission:1")).ResumedInstances);
        var waiting = await host.InstanceAsync(id);
        var task = Assert.Single(waiting.Tasks);
        Assert.Equal(("review", "DeskStaff"), (task.ElementId, task.Role));

        var completed = await host.WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().CompleteAsync(task.Id, "approve", "確認しました", WorkflowTestHost.Admin));
        Assert.True(completed.Succeeded);

        var after = await host.InstanceAsync(id);
        var dept = Assert.Single(after.Tasks, t => t.Status == WorkflowTaskStatus.Open);
        Assert.Equal(("dept", "kikaku"), (dept.ElementId, dept.DepartmentCode));
        Assert.Contains(after.History, h => h.Kind == HistoryKinds.TaskCompleted && h.Outcome == "approve" && h.Message == "確認しました");
        var list = await host.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceQuery>().ListAsync(new InstanceFilter(DefinitionName: "review", Status: InstanceStatus.Waiting)));
        Assert.Equal([id], list.Items.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_instance_resumes_after_a_restart(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, DatabaseContent.Schema);
        await using var _ = database;
        Guid id;
        await using (var before = await WorkflowTestHost.StartAsync(provider, database))
        {
            await before.DeployAsync("review", WorkflowSamples.Review);
            id = Assert.Single((await before.PublishAsync("FormSubmitted", "form-submission:5", data: new() { ["formName"] = "contact" })).StartedInstances);
        }

        await using var after = await WorkflowTestHost.StartAsync(provider, database);
        Assert.Equal([id], (await after.PublishAsync("Replied", "form-submission:5")).ResumedInstances);
        var task = Assert.Single((await after.InstanceAsync(id)).Tasks);
        Assert.True((await after.WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().CompleteAsync(task.Id, "reject", null, WorkflowTestHost.Admin))).Succeeded);
        Assert.Equal(InstanceStatus.Completed, (await after.InstanceAsync(id)).Instance.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_timer_fires_in_the_background_poller(string provider)
    {
        var host = await hosts.ForAsync(provider);
        await host.DeployAsync("timer", WorkflowSamples.Timer);
        var id = Assert.Single((await host.PublishAsync("Tick", "t:1")).StartedInstances);
        Assert.Equal(["wait"], (await host.InstanceAsync(id)).ActiveElementIds);
        await WorkflowTestHost.EventuallyAsync(async () => (await host.InstanceAsync(id)).ActiveElementIds.SequenceEqual(["after"]), "the timer fired");
    }

    [Fact]
    public async Task Invalid_definitions_are_refused_with_their_problems()
    {
        // Nothing here depends on the database, so one provider is enough.
        const string provider = "Sqlite";
        var host = await hosts.ForAsync(provider);
        var result = await host.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ImportAsync("bad", "悪い", "Bad",
            WorkflowSamples.Definitions("<bpmn:startEvent id=\"s\" /><bpmn:subProcess id=\"sub\" />"), "tester"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "sub");
        Assert.Null(await host.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().GetAsync("bad")));
    }
}

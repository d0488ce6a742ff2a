using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Two nodes on one PostgreSQL database: each timer fires once, each message resumes once.</summary>
public sealed class WorkflowTwoNodeTests
{
    [Fact]
    public async Task Timers_polled_by_two_nodes_fire_once_each()
    {
        await using var first = await WorkflowTestHost.StartAsync("Postgres");
        await using var second = await WorkflowTestHost.StartAsync("Postgres", first.Database);
        await first.DeployAsync("timer", WorkflowSamples.Timer);

        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var node = i % 2 == 0 ? first : second;
            ids.Add(Assert.Single((await node.PublishAsync("Tick", $"t:{i}", $"tick-{i}")).StartedInstances));
        }

        await WorkflowTestHost.EventuallyAsync(async () => await CountAsync(first, db => db.Tasks.CountAsync()) >= 20, "every timer fired", seconds: 20);
        await Task.Delay(1500);
        Assert.Equal(20, await CountAsync(first, db => db.Tasks.CountAsync()));
        Assert.Equal(20, await CountAsync(first, db => db.History.CountAsync(h => h.Kind == HistoryKinds.TimerFired)));
        Assert.Equal(0, await CountAsync(first, db => db.Waits.CountAsync()));
    }

    [Fact]
    public async Task A_message_delivered_to_both_nodes_resumes_once()
    {
        await using var first = await WorkflowTestHost.StartAsync("Postgres");
        await using var second = await WorkflowTestHost.StartAsync("Postgres", first.Database);
        await first.DeployAsync("review", WorkflowSamples.Review);
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            ids.AddRange((await first.PublishAsync("FormSubmitted", $"form-submission:{i}", data: new() { ["formName"] = "contact" })).StartedInstances);
        }

        // The same event (same id) and a second reply (another id) reach both nodes at once.
        var deliveries = Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            first.PublishAsync("Replied", $"form-submission:{i}", $"reply-{i}"),
            second.PublishAsync("Replied", $"form-submission:{i}", $"reply-{i}"),
            second.PublishAsync("Replied", $"form-submission:{i}", $"reply-{i}-again"),
        });
        var results = await Task.WhenAll(deliveries);

        Assert.Equal(10, results.Sum(r => r.ResumedInstances.Count));
        Assert.Equal(10, results.Count(r => r.WasDuplicate));
        Assert.Equal(10, await CountAsync(first, db => db.Tasks.CountAsync()));
        Assert.Equal(10, await CountAsync(first, db => db.History.CountAsync(h => h.Kind == HistoryKinds.MessageReceived)));
        foreach (var id in ids)
        {
            Assert.Equal(["review"], (await second.InstanceAsync(id)).ActiveElementIds);
        }
    }

    private static Task<int> CountAsync(WorkflowTestHost host, Func<WorkflowsDbContext, Task<int>> count) =>
        host.WithAsync(sp => count(sp.GetRequiredService<WorkflowsDbContext>()));
}

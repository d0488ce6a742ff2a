using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineAdminTests
{
    [Fact]
    public async Task A_definition_with_a_plain_start_can_be_started_by_hand_and_cancelled()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("manual", Definitions(Start() + UserTask("t", ("role", "DeskStaff")) + BoundaryTimer("late", "t", "timeDuration", "P1D") + End() + End("e2")
            + Flow("f1", "start", "t") + Flow("f2", "t", "end") + Flow("f3", "late", "e2")));
        var startable = await h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceAdmin>().StartableAsync());
        Assert.Equal("manual", Assert.Single(startable).Name);

        var started = await h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceAdmin>().StartAsync("manual", "case-1", null, "admin"));
        var id = started.InstanceId!.Value;
        Assert.Equal(["t"], (await h.InstanceAsync(id)).ActiveElementIds);

        Assert.True((await h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceAdmin>().CancelAsync(id, "admin"))).Succeeded);
        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Cancelled, detail.Instance.Status);
        Assert.All(detail.Tasks, t => Assert.Equal(WorkflowTaskStatus.Cancelled, t.Status));
        Assert.Empty(detail.Waits);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(2)));
    }

    [Fact]
    public async Task Retention_deletes_finished_instances_older_than_the_period_with_their_rows()
    {
        await using var h = new WorkflowHarness(settings: new() { ["Workflows:RetentionDays"] = "30" });
        await h.DeployAsync("quick", Definitions(MessageStart("start", "E") + End() + Flow("f", "start", "end"), "E"));
        await h.DeployAsync("slow", OneTask("S"));
        var old = Assert.Single((await h.PublishAsync("E", "old")).StartedInstances);
        var waiting = Assert.Single((await h.PublishAsync("S", "waiting")).StartedInstances);
        h.Clock.Advance(TimeSpan.FromDays(20));
        var recent = Assert.Single((await h.PublishAsync("E", "recent")).StartedInstances);
        h.Clock.Advance(TimeSpan.FromDays(11));

        var deleted = await h.WithAsync(sp => h.Services.GetRequiredService<RetentionService>().TrimAsync(sp, CancellationToken.None));

        Assert.Equal(1, deleted);
        var remaining = await h.WithAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().Instances.Select(i => i.Id).ToListAsync());
        Assert.Equal(new[] { waiting, recent }.Order(), remaining.Order());
        Assert.Equal(0, await h.WithAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().History.CountAsync(e => e.InstanceId == old)));
    }

    [Fact]
    public async Task The_inbox_lists_tasks_for_me_my_roles_and_flags_overdue_ones()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("inbox", Definitions(
            MessageStart("start", "E") + Parallel("fork") + UserTask("mine", ("assignee", "sato"), ("dueIn", "P1D")) + UserTask("desk", ("role", "DeskStaff"))
            + UserTask("dept", ("role", "DepartmentStaff")) + End("e1") + End("e2") + End("e3")
            + Flow("f0", "start", "fork") + Flow("f1", "fork", "mine") + Flow("f2", "fork", "desk") + Flow("f3", "fork", "dept")
            + Flow("g1", "mine", "e1") + Flow("g2", "desk", "e2") + Flow("g3", "dept", "e3"), "E"));
        await h.PublishAsync("E", "k");
        h.Clock.Advance(TimeSpan.FromDays(2));

        var page = await h.WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().InboxAsync(WorkflowHarness.User("sato", "DeskStaff")));
        var inbox = page.Items;
        Assert.Equal((2, 1), (page.Total, page.Overdue));

        Assert.Equal(["mine", "Task desk"], inbox.Select(t => t.Name == "Task mine" ? "mine" : t.Name).ToArray());
        Assert.True(inbox[0].IsOverdue);
        Assert.False(inbox[1].IsOverdue);
        var other = await h.WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().GetAsync(inbox[0].Id, WorkflowHarness.User("tanaka", "DepartmentStaff")));
        Assert.Null(other);
    }

    [Fact]
    public async Task The_inbox_pages_through_every_task_in_due_order_without_repeating_one()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("paged", OneTask("P"));
        for (var i = 0; i < 5; i++)
        {
            await h.PublishAsync("P", "case-" + i);
            h.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var service = (IServiceProvider sp) => sp.GetRequiredService<WorkflowTaskService>();
        var user = WorkflowHarness.User("sato", "DeskStaff");
        var first = await h.WithAsync(sp => service(sp).InboxAsync(user, page: 1, pageSize: 2));
        var second = await h.WithAsync(sp => service(sp).InboxAsync(user, page: 2, pageSize: 2));
        var beyond = await h.WithAsync(sp => service(sp).InboxAsync(user, page: 99, pageSize: 2));

        Assert.Equal((5, 3), (first.Total, first.Pages));
        Assert.Equal(["case-0", "case-1"], first.Items.Select(t => t.BusinessKey).ToArray());
        Assert.Equal(["case-2", "case-3"], second.Items.Select(t => t.BusinessKey).ToArray());
        Assert.Equal((3, "case-4"), (beyond.Page, Assert.Single(beyond.Items).BusinessKey));
    }
}

using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineTimerTests
{
    [Fact]
    public async Task A_timer_catch_event_fires_once_when_due_and_not_before()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("t", Definitions(
            MessageStart("start", "E") + TimerCatch("wait", "timeDuration", "PT48H") + UserTask("after", ("role", "DeskStaff")) + End()
            + Flow("f1", "start", "wait") + Flow("f2", "wait", "after") + Flow("f3", "after", "end"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(47)));
        Assert.Equal(["wait"], (await h.InstanceAsync(id)).ActiveElementIds);
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(100)));
        var detail = await h.InstanceAsync(id);
        Assert.Equal(["after"], detail.ActiveElementIds);
        Assert.Single(detail.History, e => e.Kind == HistoryKinds.TimerFired);
    }

    [Fact]
    public async Task A_timer_date_fires_at_that_date()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("t", Definitions(
            MessageStart("start", "E") + TimerCatch("wait", "timeDate", "2026-04-03T09:00:00+09:00") + End()
            + Flow("f1", "start", "wait") + Flow("f2", "wait", "end"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(47)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(id)).Instance.Status);
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_cancels_the_task_and_escalates()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("b", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DepartmentStaff")) + BoundaryTimer("deadline", "review", "timeDuration", "P5D")
            + UserTask("escalate", ("role", "DeskStaff")) + End() + End("end2")
            + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "deadline", "escalate") + Flow("f4", "escalate", "end2"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);
        var review = await h.OpenTaskAsync(id, "review");

        // P5D is five business days: from Wednesday 1 April the deadline is Wednesday 8 April, not the Monday.
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(5)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(2)));

        var detail = await h.InstanceAsync(id);
        Assert.Equal(["escalate"], detail.ActiveElementIds);
        Assert.Equal(WorkflowTaskStatus.Cancelled, detail.Tasks.Single(t => t.Id == review.Id).Status);
        Assert.Equal(TaskCompletionStatus.NotOpen, (await h.CompleteAsync(review.Id, "approve")).Status);
    }

    [Fact]
    public async Task Completing_the_task_removes_its_boundary_timer()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("b", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DepartmentStaff")) + BoundaryTimer("deadline", "review", "timeDuration", "P5D")
            + End() + End("late") + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "deadline", "late"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);
        await h.CompleteAsync((await h.OpenTaskAsync(id, "review")).Id, "approve");
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(6)));
        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, detail.Instance.Status);
        Assert.Empty(detail.Waits);
    }

    [Fact]
    public async Task A_non_interrupting_cycle_reminds_and_keeps_the_task_open()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("r", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DepartmentStaff")) + BoundaryTimer("remind", "review", "timeCycle", "R2/P1D", interrupting: false)
            + Service("mail", "SendEmail", ("to", "dept@example.jp"), ("subject", "催促: {{ businessKey }}"), ("body", "Task is waiting")) + End() + End("sent")
            + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "remind", "mail") + Flow("f4", "mail", "sent"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "proposal:7")).StartedInstances);

        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(1)));

        Assert.Equal(2, h.Outbox.Sent.Count);
        Assert.Equal("催促: proposal:7", h.Outbox.Sent[0].Subject);
        Assert.Equal(["review"], (await h.InstanceAsync(id)).ActiveElementIds);
        await h.CompleteAsync((await h.OpenTaskAsync(id, "review")).Id, "approve");
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(id)).Instance.Status);
    }
}

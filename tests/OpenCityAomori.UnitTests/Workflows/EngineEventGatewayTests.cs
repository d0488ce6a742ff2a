using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>Waiting for the proposer's reply with a deadline: whichever event comes first wins.</summary>
public sealed class EngineEventGatewayTests
{
    private static readonly string ReplyOrDeadline = Definitions(
        MessageStart("start", "ProposalSubmitted") + EventGateway("wait") + MessageCatch("reply", "ProposerReplied") + TimerCatch("deadline", "timeDuration", "P14D")
        + UserTask("check", ("role", "DeskStaff")) + UserTask("close", ("role", "DeskStaff")) + End() + End("closed")
        + Flow("f1", "start", "wait") + Flow("f2", "wait", "reply") + Flow("f3", "wait", "deadline")
        + Flow("f4", "reply", "check") + Flow("f5", "deadline", "close") + Flow("f6", "check", "end") + Flow("f7", "close", "closed"),
        "ProposalSubmitted", "ProposerReplied");

    [Fact]
    public async Task An_event_gateway_waits_for_each_of_its_events_at_once()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply-or-deadline", ReplyOrDeadline);

        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1")).StartedInstances);

        var detail = await h.InstanceAsync(id);
        Assert.Equal(["wait"], detail.ActiveElementIds);
        Assert.Equal(InstanceStatus.Waiting, detail.Instance.Status);
        Assert.Equal(["deadline", "reply"], detail.Waits.Select(w => w.ElementId).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_reply_before_the_deadline_takes_the_reply_path_and_the_timer_never_fires()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply-or-deadline", ReplyOrDeadline);
        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1")).StartedInstances);
        h.Clock.Advance(TimeSpan.FromDays(3));

        var result = await h.PublishAsync("ProposerReplied", "proposal:1", new() { ["answer"] = "修正しました" });

        Assert.Equal([id], result.ResumedInstances);
        var detail = await h.InstanceAsync(id);
        Assert.Equal(["check"], detail.ActiveElementIds);
        Assert.Empty(detail.Waits);
        Assert.Equal("修正しました", detail.Variables["answer"]);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(30)));
        Assert.Equal(["check"], (await h.InstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task At_the_deadline_the_timer_path_is_taken_and_a_late_reply_resumes_nothing()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply-or-deadline", ReplyOrDeadline);
        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1")).StartedInstances);

        // P14D is fourteen business days: from Wednesday 1 April, Tuesday 21 April (three weekends skipped).
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(19)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));

        var detail = await h.InstanceAsync(id);
        Assert.Equal(["close"], detail.ActiveElementIds);
        Assert.Empty(detail.Waits);
        Assert.Contains(detail.History, e => e.Kind == HistoryKinds.TimerFired && e.ElementId == "deadline");
        var late = await h.PublishAsync("ProposerReplied", "proposal:1");
        Assert.Empty(late.ResumedInstances);
        Assert.Equal(["close"], (await h.InstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task Cancelling_an_instance_at_an_event_gateway_removes_every_wait()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply-or-deadline", ReplyOrDeadline);
        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1")).StartedInstances);

        Assert.True((await h.WithAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Modules.Workflows.Services.WorkflowInstanceAdmin>(sp).CancelAsync(id, "admin"))).Succeeded);

        Assert.Empty((await h.InstanceAsync(id)).Waits);
        Assert.Empty((await h.PublishAsync("ProposerReplied", "proposal:1")).ResumedInstances);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(30)));
    }

    [Fact]
    public async Task A_deadline_that_is_not_a_duration_faults_the_gateway_before_anything_waits()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("bad-deadline", ReplyOrDeadline.Replace(">P14D<", ">${deadline}<", StringComparison.Ordinal));

        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1", new() { ["deadline"] = "来週" })).StartedInstances);

        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Equal("wait", detail.FaultedElementId);
        Assert.Empty(detail.Waits);
        Assert.Empty((await h.PublishAsync("ProposerReplied", "proposal:1")).ResumedInstances);
    }
}

using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineEventTests
{
    private static readonly string WaitForReply = Definitions(
        MessageStart("start", "ProposalSubmitted") + MessageCatch("reply", "ProposerReplied") + UserTask("check", ("role", "DeskStaff")) + End()
        + Flow("f1", "start", "reply") + Flow("f2", "reply", "check") + Flow("f3", "check", "end"),
        "ProposalSubmitted", "ProposerReplied");

    [Fact]
    public async Task A_message_resumes_only_the_instance_with_its_business_key()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply", WaitForReply);
        var first = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:1")).StartedInstances);
        var second = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:2")).StartedInstances);
        Assert.Equal(["reply"], (await h.InstanceAsync(first)).ActiveElementIds);

        var result = await h.PublishAsync("ProposerReplied", "proposal:2", new() { ["answer"] = "添付しました" });

        Assert.Equal([second], result.ResumedInstances);
        Assert.Equal(["reply"], (await h.InstanceAsync(first)).ActiveElementIds);
        var resumed = await h.InstanceAsync(second);
        Assert.Equal(["check"], resumed.ActiveElementIds);
        Assert.Equal("添付しました", resumed.Variables["answer"]);
        Assert.Contains(resumed.History, e => e.Kind == HistoryKinds.MessageReceived && e.ElementId == "reply");
    }

    [Fact]
    public async Task The_same_event_id_has_effect_once()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply", WaitForReply);
        var started = await h.PublishAsync("ProposalSubmitted", "proposal:1", eventId: "proposal:1");
        var again = await h.PublishAsync("ProposalSubmitted", "proposal:1", eventId: "proposal:1");
        Assert.False(started.WasDuplicate);
        Assert.True(again.WasDuplicate);
        Assert.Empty(again.StartedInstances);

        var reply = await h.PublishAsync("ProposerReplied", "proposal:1", eventId: "reply-1");
        var replyAgain = await h.PublishAsync("ProposerReplied", "proposal:1", eventId: "reply-1");
        Assert.Single(reply.ResumedInstances);
        Assert.True(replyAgain.WasDuplicate);
        var page = await h.WithAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Modules.Workflows.Services.WorkflowInstanceQuery>(sp).ListAsync(new InstanceFilter()));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Concurrent_duplicate_deliveries_start_one_instance()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply", WaitForReply);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => h.PublishAsync("ProposalSubmitted", "proposal:9", eventId: "same")));
        Assert.Equal(1, results.Count(r => !r.WasDuplicate));
        Assert.Equal(1, results.Sum(r => r.StartedInstances.Count));
    }

    [Fact]
    public async Task Running_instances_keep_their_version_when_a_new_one_is_published()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("reply", WaitForReply);
        var old = Assert.Single((await h.PublishAsync("ProposalSubmitted", "p:1")).StartedInstances);
        await h.DeployAsync("reply", OneTask("ProposalSubmitted"));
        var fresh = Assert.Single((await h.PublishAsync("ProposalSubmitted", "p:2")).StartedInstances);

        Assert.Equal(1, (await h.InstanceAsync(old)).Instance.DefinitionVersion);
        Assert.Equal(2, (await h.InstanceAsync(fresh)).Instance.DefinitionVersion);
        Assert.Single((await h.PublishAsync("ProposerReplied", "p:1")).ResumedInstances);
        Assert.Equal(["check"], (await h.InstanceAsync(old)).ActiveElementIds);
    }
}

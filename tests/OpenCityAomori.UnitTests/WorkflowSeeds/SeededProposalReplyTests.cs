using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.UnitTests.Workflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// The seeded proposal flows run on the engine: after the desk asks the proposer for changes (a message
/// through the proposal's thread, no e-mail from the flow itself), the proposer's reply reopens the
/// triage, and so does 14 days of silence, with a note to the desk.
/// </summary>
public sealed class SeededProposalReplyTests
{
    [Theory]
    [InlineData("partnership-flow", "partnership")]
    [InlineData("pilot-support-flow", "pilot")]
    public async Task A_reply_within_14_days_reopens_the_triage_and_no_overdue_note_follows(string name, string scheme)
    {
        var messages = new RecordedProposerMessages();
        await using var h = new WorkflowHarness(s => s.AddSingleton<IWorkflowActivity>(messages).AddSingleton<IWorkflowActivity>(RecordedActivity.Stages()).AddSingleton<IWorkflowActivity>(RecordedActivity.Acceptance()));
        var id = await RequestChangesAsync(h, messages, name, scheme);

        h.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal([id], (await h.PublishAsync("ProposerReplied", "proposal:7", new() { ["reply"] = "資料を添付しました" })).ResumedInstances);

        await h.OpenTaskAsync(id, "Task_Triage");
        // Only the reopened triage's own reminder fires; the reply's 14-day timer is gone.
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(20)));
        Assert.Contains(h.Notifications.Sent, n => n.Title.Contains("リマインド", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Notifications.Sent, n => n.Title.Contains("回答期限切れ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("partnership-flow", "partnership")]
    [InlineData("pilot-support-flow", "pilot")]
    public async Task Fourteen_business_days_without_a_reply_tell_the_desk_and_reopen_the_triage(string name, string scheme)
    {
        var messages = new RecordedProposerMessages();
        await using var h = new WorkflowHarness(s => s.AddSingleton<IWorkflowActivity>(messages).AddSingleton<IWorkflowActivity>(RecordedActivity.Stages()).AddSingleton<IWorkflowActivity>(RecordedActivity.Acceptance()));
        var id = await RequestChangesAsync(h, messages, name, scheme);

        // Fourteen business days from Wednesday 1 April: Tuesday 21 April.
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(19)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));

        var note = Assert.Single(h.Notifications.Sent, n => n.Title.Contains("回答期限切れ", StringComparison.Ordinal));
        Assert.Contains("合浦公園の活用", note.Title, StringComparison.Ordinal);
        Assert.Equal(["DeskStaff"], note.Roles);
        await h.OpenTaskAsync(id, "Task_Triage");
        Assert.Empty((await h.PublishAsync("ProposerReplied", "proposal:7")).ResumedInstances);
    }

    private static async Task<Guid> RequestChangesAsync(WorkflowHarness h, RecordedProposerMessages messages, string name, string scheme)
    {
        await h.DeployAsync(name, SeededWorkflows.Xml(name));
        var data = new Dictionary<string, string?>
        {
            ["proposalId"] = "7", ["scheme"] = scheme, ["kind"] = "free", ["title"] = "合浦公園の活用", ["departmentCode"] = "",
            ["receiptNumber"] = "P-20261128-0007", ["adminUrl"] = "/admin/proposals/7", ["culture"] = "ja",
        };
        var id = Assert.Single((await h.PublishAsync("ProposalSubmitted", "proposal:7", data)).StartedInstances);
        var triage = await h.OpenTaskAsync(id, "Task_Triage");
        Assert.True((await h.CompleteAsync(triage.Id, "requestChanges", "事業計画書を添付してください。")).Succeeded);
        var message = Assert.Single(messages.Sent);
        Assert.Equal("7", message.ProposalId);
        Assert.Contains("事業計画書を添付してください。", message.Body, StringComparison.Ordinal);
        Assert.True(message.AwaitReply);
        Assert.Empty(h.Outbox.Sent);
        Assert.Equal(["Gateway_AwaitReply"], (await h.InstanceAsync(id)).ActiveElementIds);
        return id;
    }
}

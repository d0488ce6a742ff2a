using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using OpenCityAomori.UnitTests.Workflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// Routing in the seeded scheme flows, on the engine: no default department (the desk is told and triage
/// reopens), the department's decision reviewed by the desk before the answer, a setting that skips the
/// review, a reroute back to triage, the review's escalation, and the handover from the consultation flow.
/// </summary>
public sealed class SeededProposalRoutingTests : IAsyncDisposable
{
    private const string Key = "proposal:7";
    private readonly RecordedProposerMessages messages = new();
    private readonly RecordedActivity stages = RecordedActivity.Stages();
    private readonly RecordedActivity acceptance = RecordedActivity.Acceptance();
    private readonly WorkflowHarness h;

    public SeededProposalRoutingTests() =>
        h = new WorkflowHarness(s => s.AddSingleton<IWorkflowActivity>(messages).AddSingleton<IWorkflowActivity>(stages).AddSingleton<IWorkflowActivity>(acceptance));

    private IEnumerable<(string? Stage, string? DueIn)> StagesSet => stages.Calls.Select(c => (c["stage"], c["dueIn"]));

    [Theory]
    [InlineData("partnership-flow", "partnership")]
    [InlineData("pilot-support-flow", "pilot")]
    public async Task Routing_without_a_department_tells_the_desk_and_reopens_the_triage(string name, string scheme)
    {
        var id = await SubmitAsync(name, scheme, department: "");

        await DecideAsync(id, "Task_Triage", "assign");

        Assert.Contains(h.Notifications.Sent, n => n.Title.Contains("回付先未定", StringComparison.Ordinal) && n.Roles!.SequenceEqual([RoleNames.DeskStaff]));
        await h.OpenTaskAsync(id, "Task_Triage");
        Assert.Empty(stages.Calls);
    }

    [Theory]
    [InlineData("partnership-flow", "partnership")]
    [InlineData("pilot-support-flow", "pilot")]
    public async Task A_not_feasible_decision_is_reviewed_by_the_desk_and_answered_with_the_reason(string name, string scheme)
    {
        var id = await SubmitAsync(name, scheme, department: "");
        await DecideAsync(id, "Task_Triage", "assign", new() { ["departmentCode"] = "KEIZAI" });
        Assert.Equal([("departmentReview", "P10D")], StagesSet);
        var review = await h.OpenTaskAsync(id, "Task_Review");
        Assert.Equal("KEIZAI", review.DepartmentCode);

        await DecideAsync(id, "Task_Review", "notFeasible", new() { ["deskReview"] = "true" }, "用地の確保が困難なため。");
        Assert.Empty(messages.Sent);
        await DecideAsync(id, "Task_DeskAnswer", "send");

        var answer = Assert.Single(messages.Sent);
        Assert.True(answer.Answer);
        Assert.Contains("理由：用地の確保が困難なため。", answer.Body, StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(id)).Instance.Status);
    }

    [Fact]
    public async Task Without_desk_review_the_tender_answer_goes_out_at_once_and_a_return_reopens_the_review()
    {
        var id = await SubmitAsync("partnership-flow", "partnership", department: "KEIZAI");
        await DecideAsync(id, "Task_Triage", "assign");
        await DecideAsync(id, "Task_Review", "approve", new() { ["deskReview"] = "true" });
        await DecideAsync(id, "Task_DeskAnswer", "returnToDepartment", comment: "費用負担を確認してください。");
        await DecideAsync(id, "Task_Review", "tender", new() { ["deskReview"] = "false" }, "公募型プロポーザルで募集します。");

        var answer = Assert.Single(messages.Sent);
        Assert.Contains("入札・公募", answer.Body, StringComparison.Ordinal);
        Assert.Contains("公募型プロポーザルで募集します。", answer.Body, StringComparison.Ordinal);
    }

    /// <summary>Partnership continues with the agreement's task; the pilot flow ends, its steps are on the pilot's checklist.</summary>
    [Theory]
    [InlineData("partnership-flow", "partnership", "Task_Agreement")]
    [InlineData("pilot-support-flow", "pilot", null)]
    public async Task An_approval_sent_by_the_desk_accepts_the_proposal_once_then_tells_the_proposer(string name, string scheme, string? next)
    {
        var id = await SubmitAsync(name, scheme, department: "KEIZAI");
        await DecideAsync(id, "Task_Triage", "assign");
        await DecideAsync(id, "Task_Review", "approve", new() { ["deskReview"] = "true" });
        Assert.Empty(acceptance.Calls);

        await DecideAsync(id, "Task_DeskAnswer", "send");

        Assert.Single(acceptance.Calls);
        Assert.True(Assert.Single(messages.Sent).Answer);
        if (next is not null)
        {
            await h.OpenTaskAsync(id, next);
            return;
        }

        var instance = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Instance.Status);
        Assert.DoesNotContain(instance.Tasks, t => t.Status == WorkflowTaskStatus.Open);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(60)));
    }

    [Fact]
    public async Task A_reroute_tells_the_desk_with_the_reason_and_returns_to_the_triage()
    {
        var id = await SubmitAsync("partnership-flow", "partnership", department: "KEIZAI");
        await DecideAsync(id, "Task_Triage", "assign");

        await DecideAsync(id, "Task_Review", "reroute", comment: "道路管理の所管です。");

        Assert.Contains(h.Notifications.Sent, n => n.Title.Contains("回付し直し", StringComparison.Ordinal) && n.Body.Contains("道路管理の所管です。", StringComparison.Ordinal));
        Assert.Equal(("reviewing", null), StagesSet.Last());
        await h.OpenTaskAsync(id, "Task_Triage");
    }

    [Fact]
    public async Task An_overdue_review_is_escalated_to_the_desk_and_the_department()
    {
        var id = await SubmitAsync("partnership-flow", "partnership", department: "KEIZAI");
        await DecideAsync(id, "Task_Triage", "assign");

        await h.AdvanceAsync(TimeSpan.FromDays(30));

        var escalation = Assert.Single(h.Notifications.Sent, n => n.Title.Contains("期限超過", StringComparison.Ordinal));
        Assert.Equal([RoleNames.DeskStaff], escalation.Roles);
        Assert.Equal(["KEIZAI"], escalation.DepartmentCodes);
        await h.OpenTaskAsync(id, "Task_Review");
    }

    [Fact]
    public async Task The_consultation_hands_over_and_the_scheme_flow_starts_at_the_department_review()
    {
        await h.DeployAsync("partnership-flow", SeededWorkflows.Xml("partnership-flow"));
        var consultation = await SubmitAsync("consultation-flow", "undecided", department: "");

        await DecideAsync(consultation, "Task_Consult", "chooseScheme");
        Assert.Contains(h.Notifications.Sent, n => n.Title.Contains("手法未定", StringComparison.Ordinal));
        await DecideAsync(consultation, "Task_Consult", "chooseScheme", new() { ["scheme"] = "partnership", ["departmentCode"] = "KEIZAI" });
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(consultation)).Instance.Status);

        var started = await h.PublishAsync("ProposalSchemeChosen", Key, Data("partnership", "KEIZAI"));
        var scheme = Assert.Single(started.StartedInstances);
        var review = await h.OpenTaskAsync(scheme, "Task_Review");
        Assert.Equal("KEIZAI", review.DepartmentCode);
        Assert.DoesNotContain((await h.InstanceAsync(scheme)).Tasks, t => t.ElementId == "Task_Triage");
    }

    public async ValueTask DisposeAsync() => await h.DisposeAsync();

    private static Dictionary<string, string?> Data(string scheme, string department) => new()
    {
        ["proposalId"] = "7", ["scheme"] = scheme, ["kind"] = "free", ["title"] = "合浦公園の活用", ["departmentCode"] = department,
        ["receiptNumber"] = "P-20261128-0007", ["adminUrl"] = "/admin/proposals/7", ["culture"] = "ja",
    };

    private async Task<Guid> SubmitAsync(string name, string scheme, string department)
    {
        await h.DeployAsync(name, SeededWorkflows.Xml(name));
        return Assert.Single((await h.PublishAsync("ProposalSubmitted", Key, Data(scheme, department))).StartedInstances);
    }

    private async Task DecideAsync(Guid id, string elementId, string outcome, Dictionary<string, string?>? data = null, string? comment = null)
    {
        var task = await h.OpenTaskAsync(id, elementId);
        var result = await h.WithAsync(sp => sp.GetRequiredService<WorkflowTaskService>().CompleteAsync(task.Id, outcome, comment, WorkflowHarness.Admin, default, data ?? [], Key));
        Assert.True(result.Succeeded, $"{elementId} {outcome}");
    }
}

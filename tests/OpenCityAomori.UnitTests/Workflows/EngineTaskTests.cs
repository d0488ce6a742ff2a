using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineTaskTests
{
    [Fact]
    public async Task A_matching_event_starts_an_instance_that_waits_at_its_user_task()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("contact", Definitions(
            MessageStart("start", "FormSubmitted", ("match.formName", "contact")) + UserTask("review", ("role", "DeskStaff"), ("dueIn", "P5D"), ("description", "Reply to {{ field.name }}")) + End()
            + Flow("f1", "start", "review") + Flow("f2", "review", "end"), "FormSubmitted"));

        var other = await h.PublishAsync("FormSubmitted", "form-submission:1", new() { ["formName"] = "survey" });
        var result = await h.PublishAsync("FormSubmitted", "form-submission:2", new() { ["formName"] = "contact", ["field.name"] = "青森 太郎" });

        Assert.Empty(other.StartedInstances);
        var id = Assert.Single(result.StartedInstances);
        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Waiting, detail.Instance.Status);
        Assert.Equal(["review"], detail.ActiveElementIds);
        Assert.Equal("form-submission:2", detail.Variables["businessKey"]);
        Assert.Equal("FormSubmitted", detail.Variables["eventName"]);
        var task = await h.OpenTaskAsync(id, "review");
        Assert.Equal("DeskStaff", task.Role);
        Assert.Equal("Reply to 青森 太郎", task.Description);
        // Five business days from Wednesday 1 April: the weekend of 4–5 April does not count.
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime.AddDays(7), task.DueUtc);
    }

    [Fact]
    public async Task Completing_a_task_stores_outcome_and_comment_and_routes_by_condition()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("approval", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DeskStaff")) + Exclusive("g", "fNo") + UserTask("followUp", ("role", "DeskStaff")) + End("approved") + End("other")
            + Flow("f1", "start", "review") + Flow("f2", "review", "g") + Flow("fYes", "g", "approved", "outcome == 'approve'")
            + Flow("fChanges", "g", "followUp", "review.outcome === 'requestChanges'") + Flow("fNo", "g", "other") + Flow("f3", "followUp", "review"), "E"));

        var id = Assert.Single((await h.PublishAsync("E", "k1")).StartedInstances);
        var first = await h.OpenTaskAsync(id, "review");
        var user = WorkflowHarness.User("desk1", "DeskStaff");
        Assert.True((await h.CompleteAsync(first.Id, "requestChanges", "資料を追加してください", user)).Succeeded);

        var afterChanges = await h.InstanceAsync(id);
        Assert.Equal(["followUp"], afterChanges.ActiveElementIds);
        Assert.Equal("資料を追加してください", afterChanges.Variables["review.comment"]);
        Assert.Equal("desk1", afterChanges.Variables["review.completedBy"]);
        Assert.Contains(afterChanges.History, e => e.Kind == HistoryKinds.TaskCompleted && e.Actor == "desk1" && e.Outcome == "requestChanges");

        await h.CompleteAsync((await h.OpenTaskAsync(id, "followUp")).Id, "approve", null, user);
        await h.CompleteAsync((await h.OpenTaskAsync(id, "review")).Id, "approve", null, user);
        var done = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, done.Instance.Status);
        Assert.Contains(done.History, e => e.ElementId == "approved");
        Assert.DoesNotContain(done.History, e => e.ElementId == "other");
    }

    [Fact]
    public async Task The_default_flow_is_taken_when_no_condition_holds()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("d", Definitions(
            MessageStart("start", "E") + Exclusive("g", "fDefault") + End("big") + End("small")
            + Flow("f1", "start", "g") + Flow("fBig", "g", "big", "Number(amount) > 100") + Flow("fDefault", "g", "small"), "E"));

        var big = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "a", new() { ["amount"] = "150" })).StartedInstances));
        var small = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "b", new() { ["amount"] = "50" })).StartedInstances));
        Assert.Contains(big.History, e => e.ElementId == "big");
        Assert.Contains(small.History, e => e.ElementId == "small");
    }

    [Fact]
    public async Task No_true_condition_and_no_default_faults_the_instance_at_the_gateway()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("d", Definitions(
            MessageStart("start", "E") + Exclusive("g") + End("a") + End("b")
            + Flow("f1", "start", "g") + Flow("fa", "g", "a", "x == '1'") + Flow("fb", "g", "b", "x == '2'"), "E"));

        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k", new() { ["x"] = "3" })).StartedInstances));
        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Equal("g", detail.FaultedElementId);
        Assert.Contains("no default flow", detail.Instance.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parallel_join_waits_for_every_branch()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("p", Definitions(
            MessageStart("start", "E") + Parallel("fork") + UserTask("a", ("role", "DeskStaff")) + UserTask("b", ("role", "DepartmentStaff")) + Parallel("join") + UserTask("after", ("role", "DeskStaff")) + End()
            + Flow("f1", "start", "fork") + Flow("fa", "fork", "a") + Flow("fb", "fork", "b") + Flow("ja", "a", "join") + Flow("jb", "b", "join") + Flow("f2", "join", "after") + Flow("f3", "after", "end"), "E"));

        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);
        Assert.Equal(["a", "b"], (await h.InstanceAsync(id)).ActiveElementIds.Order().ToArray());
        await h.CompleteAsync((await h.OpenTaskAsync(id, "a")).Id, "approve");
        var half = await h.InstanceAsync(id);
        Assert.Contains("join", half.ActiveElementIds);
        Assert.DoesNotContain(half.Tasks, t => t.ElementId == "after");

        await h.CompleteAsync((await h.OpenTaskAsync(id, "b")).Id, "approve");
        Assert.Equal(["after"], (await h.InstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task Assignment_comes_from_the_lane_and_variables()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("lanes", Definitions(
            "<bpmn:laneSet id=\"ls\"><bpmn:lane id=\"dept\">" + Props(("role", "DepartmentStaff"), ("department", "${departmentCode}")) + "<bpmn:flowNodeRef>t1</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>"
            + MessageStart("start", "E") + UserTask("t1") + UserTask("t2", ("assignee", "${owner}")) + End()
            + Flow("f1", "start", "t1") + Flow("f2", "t1", "t2") + Flow("f3", "t2", "end"), "E"));

        var id = Assert.Single((await h.PublishAsync("E", "k", new() { ["departmentCode"] = "kikaku", ["owner"] = "suzuki" })).StartedInstances);
        var t1 = await h.OpenTaskAsync(id, "t1");
        Assert.Equal(("DepartmentStaff", "kikaku", (string?)null), (t1.Role, t1.DepartmentCode, t1.AssigneeUser));
        Assert.Equal(TaskCompletionStatus.Forbidden, (await h.CompleteAsync(t1.Id, "approve", null, WorkflowHarness.User("desk", "DeskStaff"))).Status);
        Assert.Equal(TaskCompletionStatus.InvalidOutcome, (await h.CompleteAsync(t1.Id, "maybe")).Status);
        Assert.True((await h.CompleteAsync(t1.Id, "approve")).Succeeded);
        Assert.Equal(TaskCompletionStatus.NotOpen, (await h.CompleteAsync(t1.Id, "approve")).Status);
        var t2 = await h.OpenTaskAsync(id, "t2");
        Assert.Equal("suzuki", t2.AssigneeUser);
        Assert.True((await h.CompleteAsync(t2.Id, "approve", null, WorkflowHarness.User("suzuki", "DepartmentStaff"))).Succeeded);
    }
}

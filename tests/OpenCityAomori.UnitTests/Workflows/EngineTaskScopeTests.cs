using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>A task's department must resolve: an empty one would open the task to every holder of its role.</summary>
public sealed class EngineTaskScopeTests
{
    [Fact]
    public async Task A_task_whose_department_resolves_to_nothing_faults_the_instance_instead_of_opening_to_everyone()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("review", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DepartmentStaff"), ("department", "${departmentCode}")) + End()
            + Flow("f1", "start", "review") + Flow("f2", "review", "end"), "E"));

        var empty = Assert.Single((await h.PublishAsync("E", "k-empty", new() { ["departmentCode"] = "" })).StartedInstances);
        var routed = Assert.Single((await h.PublishAsync("E", "k-routed", new() { ["departmentCode"] = "KEIZAI-SEISAKU" })).StartedInstances);

        var faulted = await h.InstanceAsync(empty);
        Assert.Equal(InstanceStatus.Faulted, faulted.Instance.Status);
        Assert.Contains("${departmentCode}", faulted.Instance.Error, StringComparison.Ordinal);
        Assert.Equal("review", faulted.FaultedElementId);
        Assert.Equal("KEIZAI-SEISAKU", (await h.OpenTaskAsync(routed, "review")).DepartmentCode);
    }
}

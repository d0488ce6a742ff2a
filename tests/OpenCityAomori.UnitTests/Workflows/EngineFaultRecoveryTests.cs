using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineFaultRecoveryTests
{
    [Fact]
    public async Task A_condition_that_throws_after_an_activity_faults_and_a_retry_never_runs_the_activity_again()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("leave", Definitions(
            MessageStart("start", "E") + Service("log", "Log", ("message", "once")) + End()
            + Flow("f1", "start", "log") + Flow("f2", "log", "end", "vars.done === 'yes' || noSuchFunction()"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        var faulted = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Faulted, faulted.Instance.Status);
        Assert.Equal("log", faulted.FaultedElementId);

        Assert.True((await h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceAdmin>().RetryAsync(id, "admin"))).Succeeded);

        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Single(detail.History, e => e.Kind == HistoryKinds.Log && e.Message == "once");
    }

    [Fact]
    public void The_validator_refuses_a_task_description_that_is_not_valid_Liquid()
    {
        var validator = new BpmnValidator([]);
        var problems = validator.Validate(Definitions(
            Start() + UserTask("t", ("role", "DeskStaff"), ("description", "Hello {{ field.name")) + End()
            + Flow("f1", "start", "t") + Flow("f2", "t", "end"))).Problems;

        Assert.Contains(problems, p => p.ElementId == "t" && p.Message.En.Contains("description", StringComparison.Ordinal));
    }
}

using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.Modules.Proposals.Workflows;
using OpenCityAomori.Modules.Workflows.Activities;
using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>The engine's own validator accepts the seeded files for publication (no problem at all).</summary>
public sealed class SeededWorkflowValidatorTests
{
    private static readonly BpmnValidator Validator = new(
        new IWorkflowActivity[] { new SendEmailActivity(), new NotifyActivity(), new SetVariableActivity(), new LogActivity(), new ScriptActivity(), new MessageProposerActivity(), new SetProposalStageActivity(TimeProvider.System), new AcceptProposalActivity(TimeProvider.System) });

    [Theory]
    [MemberData(nameof(SeededWorkflows.All), MemberType = typeof(SeededWorkflows))]
    public void The_engine_validator_accepts_the_file_without_problems(string name)
    {
        var result = Validator.Validate(SeededWorkflows.Xml(name));

        Assert.NotNull(result.Model);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("partnership-flow", "Task_Triage", "Lane_Desk")]
    [InlineData("partnership-flow", "Task_Review", "Lane_Department")]
    [InlineData("partnership-flow", "Task_DeskAnswer", "Lane_Desk")]
    [InlineData("consultation-flow", "Task_Consult", "Lane_Desk")]
    [InlineData("pilot-support-flow", "Task_Triage", "Lane_Desk")]
    [InlineData("pilot-support-flow", "Task_Review", "Lane_Department")]
    [InlineData("pilot-support-flow", "Task_DeskAnswer", "Lane_Desk")]
    public void User_tasks_take_their_role_and_department_from_their_lane(string name, string taskId, string laneId)
    {
        var task = Validator.Validate(SeededWorkflows.Xml(name)).Model!.Element(taskId);

        Assert.Equal(laneId, task.Lane!.Id);
        Assert.Equal(laneId == "Lane_Desk" ? "DeskStaff" : "DepartmentStaff", task.PropertyOrLane("role"));
        Assert.Equal(laneId == "Lane_Desk" ? null : "${departmentCode}", task.PropertyOrLane("department"));
    }

    [Fact]
    public void The_validator_refuses_a_seed_whose_service_task_names_an_unknown_activity()
    {
        var xml = SeededWorkflows.Xml("contact-desk-notification").Replace(">SendEmail<", ">SendFax<", StringComparison.Ordinal);

        var problem = Assert.Single(Validator.Validate(xml).Problems);
        Assert.Equal("Task_EmailDesk", problem.ElementId);
    }
}

using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.Modules.Workflows.Activities;
using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class BpmnValidatorTests
{
    private static readonly BpmnValidator Validator = new([new SendEmailActivity(), new LogActivity(), new ScriptActivity(), new SetVariableActivity()]);

    private static IReadOnlyList<BpmnProblem> Problems(string xml) => Validator.Validate(xml).Problems;

    [Fact]
    public void A_complete_process_has_no_problem() =>
        Assert.Empty(Problems(Bpmn.OneTask()));

    [Fact]
    public void Text_that_is_not_xml_is_refused_with_a_blocking_problem()
    {
        var problem = Assert.Single(Problems("<bpmn:definitions"));
        Assert.True(problem.Blocking);
        Assert.Contains("XML", problem.Message.Ja, StringComparison.Ordinal);
        Assert.Contains("Not valid XML", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_bpmn_is_refused() =>
        Assert.Contains(Problems("<html><body/></html>"), p => p.Blocking && p.Message.En.Contains("Not a BPMN", StringComparison.Ordinal));

    [Fact]
    public void A_file_without_an_executable_process_is_refused() =>
        Assert.Contains(Problems(Bpmn.OneTask().Replace("isExecutable=\"true\"", "isExecutable=\"false\"", StringComparison.Ordinal)), p => p.Blocking && p.Message.En.Contains("executable", StringComparison.Ordinal));

    [Theory]
    [InlineData("<bpmn:subProcess id=\"sub\" />", "sub")]
    [InlineData("<bpmn:inclusiveGateway id=\"inc\" />", "inc")]
    [InlineData("<bpmn:eventBasedGateway id=\"evb\" instantiate=\"true\" />", "evb")]
    [InlineData("<bpmn:eventBasedGateway id=\"par\" eventGatewayType=\"Parallel\" />", "par")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"sig\"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>", "sig")]
    [InlineData("<bpmn:endEvent id=\"esc\"><bpmn:escalationEventDefinition /></bpmn:endEvent>", "esc")]
    [InlineData("<bpmn:userTask id=\"loop\"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>", "loop")]
    public void Unsupported_elements_are_named_by_id(string element, string id)
    {
        var problems = Problems(Bpmn.Definitions(Bpmn.Start() + element + Bpmn.End() + Bpmn.Flow("f", "start", "end")));
        var problem = Assert.Single(problems, p => p.ElementId == id);
        Assert.True(problem.Blocking);
        Assert.Contains("not supported", problem.Message.En, StringComparison.Ordinal);
        Assert.Contains("未対応", problem.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_tasks_need_a_known_activity_and_its_required_parameters()
    {
        var xml = Bpmn.Definitions(Bpmn.Start() + Bpmn.Service("none", "") + Bpmn.Service("unknown", "Teleport") + Bpmn.Service("mail", "SendEmail", ("to", "a@example.jp")) + Bpmn.End()
            + Bpmn.Flow("f1", "start", "none") + Bpmn.Flow("f2", "none", "unknown") + Bpmn.Flow("f3", "unknown", "mail") + Bpmn.Flow("f4", "mail", "end"));
        var problems = Problems(xml);
        Assert.Contains(problems, p => p.ElementId == "none" && p.Message.En.Contains("No activity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "unknown" && p.Message.En.Contains("Teleport", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "mail" && p.Message.En.Contains("(subject)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "mail" && p.Message.En.Contains("(body)", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Blocking);
    }

    [Fact]
    public void Unreachable_and_dead_end_elements_are_reported()
    {
        var xml = Bpmn.Definitions(Bpmn.Start() + Bpmn.UserTask("orphan", ("role", "DeskStaff")) + Bpmn.UserTask("dead", ("role", "DeskStaff")) + Bpmn.End()
            + Bpmn.Flow("f1", "start", "dead") + Bpmn.Flow("f2", "orphan", "end"));
        var problems = Problems(xml);
        Assert.Contains(problems, p => p.ElementId == "orphan" && p.Message.En.Contains("reached", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "dead" && p.Message.En.Contains("dead end", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flow_to_a_missing_element_is_blocking() =>
        Assert.Contains(Problems(Bpmn.Definitions(Bpmn.Start() + Bpmn.Flow("f1", "start", "nowhere"))), p => p.ElementId == "f1" && p.Blocking);

    [Theory]
    [InlineData("timeDuration", "48 hours")]
    [InlineData("timeDate", "next monday")]
    [InlineData("timeDuration", "P")]
    public void Bad_iso_timers_are_reported(string kind, string value)
    {
        var xml = Bpmn.Definitions(Bpmn.Start() + Bpmn.TimerCatch("wait", kind, value) + Bpmn.End() + Bpmn.Flow("f1", "start", "wait") + Bpmn.Flow("f2", "wait", "end"));
        Assert.Contains(Problems(xml), p => p.ElementId == "wait" && p.Message.En.Contains("ISO 8601", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_due_period_and_a_bad_condition_are_reported()
    {
        var xml = Bpmn.Definitions(Bpmn.Start() + Bpmn.UserTask("t", ("role", "DeskStaff"), ("dueIn", "five days")) + Bpmn.Exclusive("g", "f4") + Bpmn.End() + Bpmn.End("end2")
            + Bpmn.Flow("f1", "start", "t") + Bpmn.Flow("f2", "t", "g") + Bpmn.Flow("f3", "g", "end", "outcome == 'approve' &&") + Bpmn.Flow("f4", "g", "end2"));
        var problems = Problems(xml);
        Assert.Contains(problems, p => p.ElementId == "t" && p.Message.En.Contains("five days", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "f3" && p.Message.En.Contains("condition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gateway_without_outgoing_flow_and_an_unassigned_task_are_reported()
    {
        var xml = Bpmn.Definitions(Bpmn.Start() + Bpmn.UserTask("t") + Bpmn.Exclusive("g") + Bpmn.Flow("f1", "start", "t") + Bpmn.Flow("f2", "t", "g"));
        var problems = Problems(xml);
        Assert.Contains(problems, p => p.ElementId == "g" && p.Message.En.Contains("gateway has no outgoing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "t" && p.Message.En.Contains("No one is assigned", StringComparison.Ordinal));
    }

    [Fact]
    public void Lanes_give_their_role_and_department_to_tasks()
    {
        var xml = Bpmn.Definitions(
            "<bpmn:laneSet id=\"ls\"><bpmn:lane id=\"desk\" name=\"公民連携デスク\">" + Bpmn.Props(("role", "DeskStaff"), ("department", "${departmentCode}"))
            + "<bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>"
            + Bpmn.Start() + Bpmn.UserTask("t") + Bpmn.End() + Bpmn.Flow("f1", "start", "t") + Bpmn.Flow("f2", "t", "end"));
        var result = Validator.Validate(xml);
        Assert.Empty(result.Problems);
        var task = result.Model!.Element("t");
        Assert.Equal("DeskStaff", task.PropertyOrLane("role"));
        Assert.Equal("${departmentCode}", task.PropertyOrLane("department"));
    }

    [Fact]
    public void Message_start_events_expose_their_event_name_and_match_conditions()
    {
        var xml = Bpmn.Definitions(Bpmn.MessageStart("start", "FormSubmitted", ("match.formName", "contact")) + Bpmn.End() + Bpmn.Flow("f", "start", "end"), "FormSubmitted");
        var (_, eventName, match) = Assert.Single(Validator.Validate(xml).Model!.MessageStarts());
        Assert.Equal("FormSubmitted", eventName);
        Assert.Equal("contact", match["formName"]);
    }

    [Theory]
    [InlineData("P5D", 5 * 24)]
    [InlineData("PT48H", 48)]
    [InlineData("P1DT12H", 36)]
    public void Iso_durations_are_parsed(string text, int hours)
    {
        Assert.True(IsoTimer.TryParseDuration(text, out var duration));
        Assert.Equal(TimeSpan.FromHours(hours), duration);
    }

    [Fact]
    public void Iso_cycles_are_parsed()
    {
        Assert.True(IsoTimer.TryParseCycle("R3/P1D", out var repetitions, out var start, out var period));
        Assert.Equal((3, (DateTimeOffset?)null, TimeSpan.FromDays(1)), (repetitions, start, period));
        Assert.True(IsoTimer.TryParseCycle("R/PT1H", out repetitions, out _, out _));
        Assert.Equal(-1, repetitions);
        Assert.False(IsoTimer.TryParseCycle("3/P1D", out _, out _, out _));
    }

    [Fact]
    public void An_event_gateway_before_a_reply_and_a_deadline_is_valid() =>
        Assert.Empty(Problems(Bpmn.Definitions(
            Bpmn.Start() + Bpmn.EventGateway("wait") + Bpmn.MessageCatch("reply", "Replied") + Bpmn.TimerCatch("deadline", "timeDuration", "P14D") + Bpmn.End() + Bpmn.End("late")
            + Bpmn.Flow("f1", "start", "wait") + Bpmn.Flow("f2", "wait", "reply") + Bpmn.Flow("f3", "wait", "deadline") + Bpmn.Flow("f4", "reply", "end") + Bpmn.Flow("f5", "deadline", "late"),
            "Replied")));

    [Fact]
    public void An_event_gateway_needs_two_catch_events_of_its_own_and_no_conditions()
    {
        var problems = Problems(Bpmn.Definitions(
            Bpmn.Start() + Bpmn.EventGateway("one") + Bpmn.MessageCatch("reply", "Replied") + Bpmn.EventGateway("wait") + Bpmn.UserTask("task", ("role", "DeskStaff"))
            + Bpmn.MessageCatch("again", "Replied") + Bpmn.End()
            + Bpmn.Flow("f1", "start", "one") + Bpmn.Flow("f2", "one", "reply") + Bpmn.Flow("f3", "reply", "wait")
            + Bpmn.Flow("f4", "wait", "task", "true") + Bpmn.Flow("f5", "wait", "again") + Bpmn.Flow("f6", "task", "again") + Bpmn.Flow("f7", "again", "end"),
            "Replied"));

        Assert.Contains(problems, p => p.ElementId == "one" && p.Message.En.Contains("at least two", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "wait" && p.Message.En.Contains("conditions", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "task" && p.Message.En.Contains("Only message or timer", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ElementId == "again" && p.Message.En.Contains("other incoming", StringComparison.Ordinal));
    }
}

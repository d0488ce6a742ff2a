namespace OpenCityAomori.Benchmarks.Workflows;

/// <summary>The two definitions measured, started by <c>FormSubmitted</c> events of their own form names.</summary>
internal static class BenchDefinitions
{
    public const string TaskForm = "bench-task";
    public const string WaitForm = "bench-wait";
    public const string ReplyEvent = "BenchReplied";

    /// <summary>Message start → user task (role DeskStaff): the instance stops at the task.</summary>
    public static readonly string StartToTask = Definition("Process_BenchTask", TaskForm, """
            <bpmn:userTask id="Task_Review" name="確認">
              <bpmn:extensionElements><oca:properties><oca:property name="role">DeskStaff</oca:property><oca:property name="dueIn">P5D</oca:property></oca:properties></bpmn:extensionElements>
            </bpmn:userTask>
        """, "Task_Review");

    /// <summary>Message start → message catch (<see cref="ReplyEvent"/>, same business key) → end.</summary>
    public static readonly string WaitForReply = Definition("Process_BenchWait", WaitForm, """
            <bpmn:intermediateCatchEvent id="Catch_Reply" name="回答">
              <bpmn:messageEventDefinition messageRef="Message_Reply" />
            </bpmn:intermediateCatchEvent>
        """, "Catch_Reply");

    private static string Definition(string processId, string formName, string node, string nodeId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oca="http://opencity-aomori.jp/schema/bpmn/1.0"
                          id="Definitions_{processId}" targetNamespace="http://opencity-aomori.jp/bpmn/bench">
          <bpmn:message id="Message_Start" name="FormSubmitted" />
          <bpmn:message id="Message_Reply" name="{ReplyEvent}" />
          <bpmn:process id="{processId}" isExecutable="true">
            <bpmn:startEvent id="Start">
              <bpmn:extensionElements><oca:properties><oca:property name="match.formName">{formName}</oca:property></oca:properties></bpmn:extensionElements>
              <bpmn:messageEventDefinition messageRef="Message_Start" />
            </bpmn:startEvent>
        {node}
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="{nodeId}" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="{nodeId}" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}

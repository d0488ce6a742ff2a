using System.Security;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>Builds small BPMN documents for tests (the engine ignores diagram interchange).</summary>
internal static class Bpmn
{
    public static string Definitions(string processBody, params string[] messageNames) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:oca="http://opencity-aomori.jp/schema/bpmn/1.0" id="Defs" targetNamespace="http://example.test">
          {string.Concat(messageNames.Select(m => $"<bpmn:message id=\"Message_{m}\" name=\"{m}\" />"))}
          <bpmn:process id="Process_1" isExecutable="true">
            {processBody}
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static string Props(params (string Name, string Value)[] properties) =>
        "<bpmn:extensionElements><oca:properties>"
        + string.Concat(properties.Select(p => $"<oca:property name=\"{p.Name}\">{SecurityElement.Escape(p.Value)}</oca:property>"))
        + "</oca:properties></bpmn:extensionElements>";

    public static string MessageStart(string id, string message, params (string Name, string Value)[] properties) =>
        $"<bpmn:startEvent id=\"{id}\">{Props(properties)}<bpmn:messageEventDefinition messageRef=\"Message_{message}\" /></bpmn:startEvent>";

    public static string Start(string id = "start") => $"<bpmn:startEvent id=\"{id}\" />";

    public static string End(string id = "end") => $"<bpmn:endEvent id=\"{id}\" />";

    public static string UserTask(string id, params (string Name, string Value)[] properties) =>
        $"<bpmn:userTask id=\"{id}\" name=\"Task {id}\">{Props(properties)}</bpmn:userTask>";

    public static string Service(string id, string activity, params (string Name, string Value)[] properties) =>
        $"<bpmn:serviceTask id=\"{id}\">{Props([("activity", activity), .. properties])}</bpmn:serviceTask>";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\" />"
        : $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">{SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>";

    public static string Exclusive(string id, string? defaultFlow = null) =>
        defaultFlow is null ? $"<bpmn:exclusiveGateway id=\"{id}\" />" : $"<bpmn:exclusiveGateway id=\"{id}\" default=\"{defaultFlow}\" />";

    public static string EventGateway(string id) => $"<bpmn:eventBasedGateway id=\"{id}\" />";

    public static string Parallel(string id) => $"<bpmn:parallelGateway id=\"{id}\" />";

    public static string MessageCatch(string id, string message) =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\"><bpmn:messageEventDefinition messageRef=\"Message_{message}\" /></bpmn:intermediateCatchEvent>";

    public static string TimerCatch(string id, string kind, string value) =>
        $"<bpmn:intermediateCatchEvent id=\"{id}\"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>";

    public static string BoundaryTimer(string id, string attachedTo, string kind, string value, bool interrupting = true) =>
        $"<bpmn:boundaryEvent id=\"{id}\" attachedToRef=\"{attachedTo}\"{(interrupting ? "" : " cancelActivity=\"false\"")}><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:boundaryEvent>";

    /// <summary>Message start → user task (DeskStaff) → end.</summary>
    public static string OneTask(string message = "FormSubmitted", params (string Name, string Value)[] taskProperties) => Definitions(
        MessageStart("start", message) + UserTask("review", taskProperties.Length == 0 ? [("role", "DeskStaff")] : taskProperties) + End()
        + Flow("f1", "start", "review") + Flow("f2", "review", "end"),
        message);
}

using System.Xml.Linq;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal static partial class BpmnParser
{
    private static BpmnElement? ReadElement(XElement node, string local, string id, Dictionary<string, string?> messages, List<BpmnProblem> problems)
    {
        var name = (string?)node.Attribute("name");
        var properties = ReadProperties(node);
        foreach (var child in node.Elements())
        {
            var childName = child.Name.LocalName;
            if (child.Name.Namespace == BpmnNames.Bpmn && !BpmnNames.PassiveChildren.Contains(childName)
                && childName is not ("messageEventDefinition" or "timerEventDefinition" or "conditionExpression"))
            {
                problems.Add(new(id, Unsupported($"{local} の {childName}"), true));
                return null;
            }
        }

        var definitions = node.Elements().Where(c => c.Name.Namespace == BpmnNames.Bpmn && c.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        var message = definitions.FirstOrDefault(d => d.Name.LocalName == "messageEventDefinition");
        var timer = definitions.FirstOrDefault(d => d.Name.LocalName == "timerEventDefinition");
        if (definitions.Count > 1)
        {
            problems.Add(new(id, new("1つのイベントに複数のイベント定義は使えません。", "An event with several event definitions is not supported."), true));
            return null;
        }

        switch (local)
        {
            case "startEvent" when timer is null:
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.StartEvent, Properties = properties, MessageName = message is null ? null : MessageName(id, message, messages, problems) ?? "" };
            case "endEvent" when definitions.Count == 0:
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.EndEvent, Properties = properties };
            case "userTask":
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.UserTask, Properties = properties, DefaultFlowId = (string?)node.Attribute("default") };
            case "serviceTask" or "sendTask" or "scriptTask":
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.ServiceTask, Properties = properties, DefaultFlowId = (string?)node.Attribute("default") };
            case "exclusiveGateway":
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.ExclusiveGateway, Properties = properties, DefaultFlowId = (string?)node.Attribute("default") };
            case "eventBasedGateway" when !string.Equals((string?)node.Attribute("instantiate"), "true", StringComparison.OrdinalIgnoreCase)
                && !string.Equals((string?)node.Attribute("eventGatewayType"), "Parallel", StringComparison.OrdinalIgnoreCase):
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.EventBasedGateway, Properties = properties };
            case "parallelGateway":
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.ParallelGateway, Properties = properties };
            case "intermediateCatchEvent" when message is not null:
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.MessageCatchEvent, Properties = properties, MessageName = MessageName(id, message, messages, problems) ?? "" };
            case "intermediateCatchEvent" when timer is not null:
                return new() { Id = id, Name = name, Tag = local, Kind = ElementKind.TimerCatchEvent, Properties = properties, Timer = Timer(id, timer, problems) };
            case "boundaryEvent" when timer is not null:
                return new()
                {
                    Id = id, Name = name, Tag = local, Kind = ElementKind.TimerBoundaryEvent, Properties = properties, Timer = Timer(id, timer, problems),
                    AttachedToId = (string?)node.Attribute("attachedToRef"),
                    CancelActivity = !string.Equals((string?)node.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase),
                };
            default:
                var what = definitions.Count == 0 ? local : $"{local}（{definitions[0].Name.LocalName}）";
                problems.Add(new(id, Unsupported(what), true));
                return null;
        }
    }

    private static string? MessageName(string id, XElement definition, Dictionary<string, string?> messages, List<BpmnProblem> problems)
    {
        var reference = (string?)definition.Attribute("messageRef");
        if (reference is not null && messages.TryGetValue(reference, out var messageName) && !string.IsNullOrWhiteSpace(messageName))
        {
            return messageName.Trim();
        }

        problems.Add(new(id, new("メッセージ（イベント名）が選ばれていません。", "No message (event name) is selected.")));
        return null;
    }

    private static TimerSpec? Timer(string id, XElement definition, List<BpmnProblem> problems)
    {
        foreach (var (tag, kind) in new[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) })
        {
            if (definition.Element(BpmnNames.Bpmn + tag) is { } value && !string.IsNullOrWhiteSpace(value.Value))
            {
                return new(kind, value.Value.Trim());
            }
        }

        problems.Add(new(id, new("タイマーの期間・日時・繰り返しが設定されていません。", "The timer has no duration, date or cycle.")));
        return null;
    }
}

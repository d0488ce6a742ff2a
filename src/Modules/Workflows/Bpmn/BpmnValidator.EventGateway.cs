namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal sealed partial class BpmnValidator
{
    /// <summary>
    /// An event-based gateway waits for the first of the events it points to, so it needs at least two,
    /// each a message or timer catch event reached from this gateway only, and no conditions.
    /// </summary>
    private static void CheckEventGateway(ProcessModel model, BpmnElement gateway, List<BpmnProblem> problems)
    {
        if (gateway.Outgoing.Count == 1)
        {
            problems.Add(new(gateway.Id, new("イベントベースゲートウェイには、待つイベントが2つ以上必要です（例：回答の受信と期限のタイマー）。",
                "An event-based gateway needs at least two events to wait for (e.g. a reply and a deadline timer).")));
        }

        if (gateway.Outgoing.Any(f => f.Condition is not null))
        {
            problems.Add(new(gateway.Id, new("イベントベースゲートウェイから出るフローに条件は付けられません。", "Flows leaving an event-based gateway cannot have conditions.")));
        }

        var messageNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flow in gateway.Outgoing)
        {
            var target = model.Elements[flow.TargetId];
            if (target.Kind is not (ElementKind.MessageCatchEvent or ElementKind.TimerCatchEvent))
            {
                problems.Add(new(target.Id, new("イベントベースゲートウェイの後には、メッセージ待ちかタイマーのイベントだけを置けます。",
                    "Only message or timer catch events may follow an event-based gateway.")));
            }
            else if (target.Incoming.Count > 1)
            {
                problems.Add(new(target.Id, new("イベントベースゲートウェイの後のイベントには、ほかのフローを入れられません。",
                    "An event after an event-based gateway cannot have other incoming flows.")));
            }

            if (target.Kind == ElementKind.MessageCatchEvent && target.MessageName is { Length: > 0 } name && !messageNames.Add(name))
            {
                problems.Add(new(target.Id, new($"同じメッセージ「{name}」を待つイベントが2つあります。", $"Two events wait for the same message '{name}'.")));
            }
        }
    }
}

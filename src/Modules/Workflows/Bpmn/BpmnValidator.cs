using JsEngine = Jint.Engine;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

/// <summary>Names every element the engine cannot run, in Japanese and English.</summary>
internal sealed partial class BpmnValidator(IEnumerable<IWorkflowActivity> activities)
{
    private readonly Dictionary<string, IWorkflowActivity> catalog = activities.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public BpmnParseResult Validate(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        if (parsed.Model is not { } model)
        {
            return parsed;
        }

        var problems = parsed.Problems.ToList();
        if (model.StartEvents.Count == 0)
        {
            problems.Add(new(null, new("開始イベントがありません。", "The process has no start event.")));
        }

        foreach (var element in model.Elements.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            CheckFlows(element, problems);
            switch (element.Kind)
            {
                case ElementKind.UserTask:
                    CheckUserTask(element, problems);
                    break;
                case ElementKind.ServiceTask:
                    CheckServiceTask(element, problems);
                    break;
                case ElementKind.ExclusiveGateway or ElementKind.ParallelGateway:
                    CheckGateway(element, problems);
                    break;
                case ElementKind.EventBasedGateway:
                    CheckEventGateway(model, element, problems);
                    break;
                case ElementKind.TimerCatchEvent or ElementKind.TimerBoundaryEvent:
                    CheckTimer(element, problems);
                    break;
            }
        }

        foreach (var flow in model.Flows.Values.Where(f => f.Condition is not null))
        {
            if (!ScriptSyntaxIsValid(flow.Condition!, out var error))
            {
                problems.Add(new(flow.Id, new($"条件式の書き方が正しくありません：{error}", $"The condition is not valid JavaScript: {error}")));
            }
        }

        CheckReachability(model, problems);
        return new(model, problems);
    }

    public static bool ScriptSyntaxIsValid(string source, out string? error)
    {
        try
        {
            JsEngine.PrepareScript(source);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = ex.Message;
            return false;
        }
    }

    private static void CheckFlows(BpmnElement element, List<BpmnProblem> problems)
    {
        if (element.Kind != ElementKind.EndEvent && element.Outgoing.Count == 0)
        {
            problems.Add(new(element.Id, element.Kind is ElementKind.ExclusiveGateway or ElementKind.ParallelGateway or ElementKind.EventBasedGateway
                ? new("ゲートウェイに出ていくフローがありません。", "The gateway has no outgoing flow.")
                : new("出ていくシーケンスフローがありません（行き止まり）。", "No outgoing sequence flow (dead end).")));
        }

        if (element.Kind is not (ElementKind.StartEvent or ElementKind.TimerBoundaryEvent) && element.Incoming.Count == 0)
        {
            problems.Add(new(element.Id, new("入ってくるシーケンスフローがありません。", "No incoming sequence flow.")));
        }

        if (element.Kind is ElementKind.StartEvent or ElementKind.TimerBoundaryEvent && element.Incoming.Count > 0)
        {
            problems.Add(new(element.Id, new("開始イベント・境界イベントにはフローを入れられません。", "Start and boundary events cannot have incoming flows.")));
        }

        if (element.DefaultFlowId is { } defaultFlow && element.Outgoing.All(f => f.Id != defaultFlow))
        {
            problems.Add(new(element.Id, new("既定のフローがこの要素から出るフローではありません。", "The default flow is not an outgoing flow of this element.")));
        }
    }

    private static void CheckGateway(BpmnElement gateway, List<BpmnProblem> problems)
    {
        if (gateway.Kind == ElementKind.ParallelGateway && gateway.Outgoing.Any(f => f.Condition is not null))
        {
            problems.Add(new(gateway.Id, new("並列ゲートウェイから出るフローに条件は付けられません。", "Flows leaving a parallel gateway cannot have conditions.")));
        }

        if (gateway.Kind == ElementKind.ExclusiveGateway && gateway.Outgoing.Count > 1
            && gateway.Outgoing.Any(f => f.Condition is null && f.Id != gateway.DefaultFlowId))
        {
            problems.Add(new(gateway.Id, new("排他ゲートウェイから出る複数のフローには、既定のフロー以外すべてに条件が必要です。", "When an exclusive gateway has several outgoing flows, every one except the default needs a condition.")));
        }
    }

    private static void CheckTimer(BpmnElement element, List<BpmnProblem> problems)
    {
        if (element.Timer is not { } timer)
        {
            return;
        }

        if (!IsoTimer.IsValid(timer))
        {
            problems.Add(new(element.Id, new($"タイマーの値「{timer.Expression}」がISO 8601の形式ではありません（例：PT48H、P5D、2026-04-01T09:00:00+09:00、R3/P1D）。",
                $"The timer value '{timer.Expression}' is not ISO 8601 (e.g. PT48H, P5D, 2026-04-01T09:00:00+09:00, R3/P1D).")));
        }

        if (timer.Kind == TimerKind.Cycle && (element.Kind != ElementKind.TimerBoundaryEvent || element.CancelActivity))
        {
            problems.Add(new(element.Id, new("繰り返し（timeCycle）は中断しない境界タイマー（リマインダー）でのみ使えます。", "A timeCycle is only allowed on a non-interrupting boundary timer (a reminder).")));
        }
    }

    private static void CheckReachability(ProcessModel model, List<BpmnProblem> problems)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<BpmnElement>(model.StartEvents);
        while (queue.TryDequeue(out var element))
        {
            if (!reached.Add(element.Id))
            {
                continue;
            }

            foreach (var next in element.Outgoing.Select(f => model.Elements[f.TargetId]).Concat(element.Boundaries))
            {
                queue.Enqueue(next);
            }
        }

        foreach (var element in model.Elements.Values.Where(e => !reached.Contains(e.Id) && e.Kind != ElementKind.StartEvent).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            problems.Add(new(element.Id, new("開始イベントから到達できません。", "Cannot be reached from a start event.")));
        }
    }

    private static LocalizedText Text(string ja, string en) => new(ja, en);
}

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal sealed partial class BpmnValidator
{
    /// <summary>A timer start event is scheduled when its version is published: no instance variables exist yet.</summary>
    private static void CheckTimerStart(BpmnElement start, List<BpmnProblem> problems)
    {
        if (start.Timer is { } timer && timer.Expression.Contains("${", StringComparison.Ordinal))
        {
            problems.Add(new(start.Id, new("開始イベントのタイマーには変数（${…}）を使えません。日時・期間・繰り返しを直接書いてください。",
                "A start event's timer cannot use variables (${…}): write the date, duration or cycle itself.")));
        }
    }
}

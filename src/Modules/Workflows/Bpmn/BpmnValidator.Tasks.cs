using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal sealed partial class BpmnValidator
{
    public const string DefaultOutcomes = "approve,reject,requestChanges";

    private static void CheckUserTask(BpmnElement task, List<BpmnProblem> problems)
    {
        if (task.PropertyOrLane("assignee") is null && task.PropertyOrLane("role") is null && task.PropertyOrLane("department") is null)
        {
            problems.Add(new(task.Id, Text("担当（担当者・ロール・部署、またはレーンの設定）がありません。", "No one is assigned (assignee, role, department, or the lane's settings).")));
        }

        if (task.Property("dueIn") is { } due && !due.Contains("${", StringComparison.Ordinal) && !IsoTimer.TryParseDuration(due, out _))
        {
            problems.Add(new(task.Id, Text($"期限「{due}」がISO 8601の期間ではありません（例：P5D）。", $"The due period '{due}' is not an ISO 8601 duration (e.g. P5D).")));
        }

        if (task.Property("outcomes") is { } outcomes && !outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any())
        {
            problems.Add(new(task.Id, Text("結果（outcomes）が空です。", "The outcomes list is empty.")));
        }

        if (task.Property("description") is { } description && !Engine.LiquidTemplates.TryParse(description, out var descriptionError))
        {
            problems.Add(new(task.Id, Text($"説明のテンプレートが正しくありません：{descriptionError}", $"The description template is not valid: {descriptionError}")));
        }
    }

    private void CheckServiceTask(BpmnElement task, List<BpmnProblem> problems)
    {
        if (task.Property("activity") is not { } name)
        {
            problems.Add(new(task.Id, Text("実行するアクティビティが選ばれていません。", "No activity is selected.")));
            return;
        }

        if (!catalog.TryGetValue(name, out var activity))
        {
            problems.Add(new(task.Id, Text($"アクティビティ「{name}」はありません（モジュールが無効かもしれません）。", $"There is no activity named '{name}' (its module may be disabled).")));
            return;
        }

        foreach (var parameter in activity.Parameters)
        {
            var value = task.Property(parameter.Name);
            if (parameter.Required && value is null && parameter.DefaultValue is null)
            {
                problems.Add(new(task.Id, Text($"「{parameter.Label.Ja}」（{parameter.Name}）は必須です。", $"'{parameter.Label.En}' ({parameter.Name}) is required.")));
            }
            else if (value is not null && parameter.Kind == ActivityParameterKind.Script && !ScriptSyntaxIsValid(value, out var error))
            {
                problems.Add(new(task.Id, Text($"スクリプトの書き方が正しくありません：{error}", $"The script is not valid JavaScript: {error}")));
            }
            else if (value is not null && parameter.Kind == ActivityParameterKind.Template && !Engine.LiquidTemplates.TryParse(value, out var templateError))
            {
                problems.Add(new(task.Id, Text($"「{parameter.Label.Ja}」のテンプレートが正しくありません：{templateError}", $"The template '{parameter.Label.En}' is not valid Liquid: {templateError}")));
            }
        }
    }
}

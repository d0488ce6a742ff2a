using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Activities;

internal sealed class SetVariableActivity : IWorkflowActivity
{
    public string Name => "SetVariable";

    public LocalizedText DisplayName { get; } = new("変数の設定", "Set a variable");

    public LocalizedText Description { get; } = new("Liquidテンプレートの結果をインスタンスの変数に入れます。", "Stores the result of a Liquid template in an instance variable.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("name", new("変数名", "Variable name"), ActivityParameterKind.Text, Required: true),
        new("value", new("値", "Value"), ActivityParameterKind.Template),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var name = context.Parameter("name")?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return ActivityResult.Fault("The variable name is missing or too long.");
        }

        context.Variables[name] = await context.RenderAsync(context.Parameter("value") ?? "", cancellationToken);
        return ActivityResult.Done();
    }
}

using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Activities;

internal sealed class LogActivity : IWorkflowActivity
{
    public string Name => "Log";

    public LocalizedText DisplayName { get; } = new("履歴に記録", "Log to history");

    public LocalizedText Description { get; } = new("インスタンスの履歴に一行書きます。", "Writes a line to the instance history.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("message", new("メッセージ", "Message"), ActivityParameterKind.Template, Required: true),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.Log(await context.RenderAsync(context.Parameter("message") ?? "", cancellationToken));
        return ActivityResult.Done();
    }
}

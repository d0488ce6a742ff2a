using Jint;
using Jint.Native;
using Jint.Native.Object;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Engine;

namespace OpenCityAomori.Modules.Workflows.Activities;

/// <summary>
/// JavaScript (Jint) over the variables: assignments to <c>vars.x</c> are stored, a returned string is the
/// outcome. Time, memory, statement and recursion limits stop a runaway script, which faults the instance.
/// </summary>
internal sealed class ScriptActivity : IWorkflowActivity
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public string Name => "Script";

    public LocalizedText DisplayName { get; } = new("スクリプト", "Script");

    public LocalizedText Description { get; } = new("JavaScriptで変数を計算し、結果（outcome）を返します。時間とメモリに上限があります。", "Computes variables in JavaScript and returns an outcome; time and memory are limited.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("script", new("スクリプト", "Script"), ActivityParameterKind.Script, Required: true, Help: new("変数は vars.名前 で読み書きできます。文字列を return すると結果になります。", "Read and write variables as vars.name; return a string to set the outcome.")),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var source = context.Parameter("script");
        if (string.IsNullOrWhiteSpace(source))
        {
            return Task.FromResult(ActivityResult.Fault("The script is empty."));
        }

        var variables = context.Variables.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        try
        {
            var engine = JavaScriptSandbox.CreateEngine(variables, Timeout);
            var result = JavaScriptSandbox.Evaluate(engine, "(function(){\n" + source + "\n})()");
            if (engine.GetValue("vars") is ObjectInstance vars)
            {
                foreach (var property in vars.GetOwnProperties())
                {
                    var key = property.Key.ToString();
                    var value = property.Value.Value;
                    context.Variables[key] = value.IsNull() || value.IsUndefined() ? null : value.ToString();
                }
            }

            return Task.FromResult(result.IsString() && result.AsString() is { Length: > 0 and <= 100 } outcome
                ? ActivityResult.WithOutcome(outcome)
                : ActivityResult.Done());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(ActivityResult.Fault(JavaScriptSandbox.Describe(ex)));
        }
    }
}

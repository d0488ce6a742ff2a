using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Runs JavaScript (conditions, scripts) with Jint under time, memory, statement and recursion limits.
/// Variables are globals when their name is an identifier, and all of them are in <c>vars</c>.
/// </summary>
internal static class JavaScriptSandbox
{
    private const int MaxCached = 2000;
    private static readonly ConcurrentDictionary<string, Prepared<Script>> Cache = new(StringComparer.Ordinal);

    public static Jint.Engine CreateEngine(IReadOnlyDictionary<string, string?> variables, TimeSpan timeout, int maxStatements = 100_000)
    {
        var engine = new Jint.Engine(options => options
            .TimeoutInterval(timeout)
            .MaxStatements(maxStatements)
            .LimitMemory(16_000_000)
            .LimitRecursion(64)
            .Strict(false));
        var vars = new JsObject(engine);
        foreach (var (key, value) in variables)
        {
            JsValue js = value is null ? JsValue.Null : new JsString(value);
            vars.Set(key, js);
            if (IsIdentifier(key))
            {
                engine.SetValue(key, js);
            }
        }

        engine.SetValue("vars", vars);
        return engine;
    }

    public static JsValue Evaluate(Jint.Engine engine, string source) => engine.Evaluate(Prepare(source));

    /// <summary>Evaluates a flow condition to a boolean; a script error names the flow.</summary>
    public static bool IsTrue(string condition, IReadOnlyDictionary<string, string?> variables)
    {
        var engine = CreateEngine(variables, TimeSpan.FromSeconds(1), 10_000);
        return TypeConverter.ToBoolean(Evaluate(engine, condition));
    }

    /// <summary>Turns a Jint error (syntax, limit, exception) into a message for the history.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        TimeoutException => "The script ran too long and was stopped (time limit).",
        StatementsCountOverflowException => "The script ran too many statements and was stopped (a loop?).",
        MemoryLimitExceededException => "The script used too much memory and was stopped.",
        RecursionDepthOverflowException => "The script recursed too deeply and was stopped.",
        JavaScriptException js => "Script error: " + js.Message,
        _ => "Script error: " + exception.Message,
    };

    private static Prepared<Script> Prepare(string source)
    {
        if (Cache.TryGetValue(source, out var prepared))
        {
            return prepared;
        }

        prepared = Jint.Engine.PrepareScript(source);
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        Cache[source] = prepared;
        return prepared;
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return name is not ("vars" or "this" or "function" or "var" or "let" or "const" or "new" or "delete" or "return" or "if" or "else" or "for" or "while" or "do" or "in" or "of" or "typeof" or "void" or "null" or "true" or "false" or "class" or "import" or "export" or "eval" or "arguments");
    }
}

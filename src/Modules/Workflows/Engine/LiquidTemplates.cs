using System.Collections.Concurrent;
using Fluid;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Liquid (Fluid) templates over instance variables. Parsed templates are cached; rendering has step
/// and recursion limits, outputs plain text (e-mail text bodies) and never runs code.
/// </summary>
internal static class LiquidTemplates
{
    private const int MaxCached = 2000;
    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Cache = new(StringComparer.Ordinal);
    private static readonly TemplateOptions Options = CreateOptions();

    public static bool TryParse(string source, out string? error)
    {
        if (Parser.TryParse(source, out _, out var message))
        {
            error = null;
            return true;
        }

        error = message;
        return false;
    }

    public static async ValueTask<string> RenderAsync(string source, IReadOnlyDictionary<string, string?> variables, IReadOnlyDictionary<string, object?> extra)
    {
        if (!source.Contains("{{", StringComparison.Ordinal) && !source.Contains("{%", StringComparison.Ordinal))
        {
            return source;
        }

        var template = Get(source);
        var context = new TemplateContext(Options);
        foreach (var (key, value) in TemplateModel.Build(variables))
        {
            context.SetValue(key, value);
        }

        foreach (var (key, value) in extra)
        {
            context.SetValue(key, value);
        }

        return await template.RenderAsync(context, NullEncoder.Default);
    }

    private static IFluidTemplate Get(string source)
    {
        if (Cache.TryGetValue(source, out var cached))
        {
            return cached;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException("Liquid template error: " + error);
        }

        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        Cache[source] = template;
        return template;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxSteps = 100_000, MaxRecursion = 50 };
        options.MemberAccessStrategy.IgnoreCasing = false;
        return options;
    }
}

/// <summary>Variables as a Liquid model: <c>field.name</c> keys become nested objects, and <c>vars</c> holds them flat.</summary>
internal static class TemplateModel
{
    public static Dictionary<string, object?> Build(IReadOnlyDictionary<string, string?> variables)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in variables)
        {
            var parts = key.Split('.');
            var node = model;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (node.TryGetValue(parts[i], out var child) && child is Dictionary<string, object?> nested)
                {
                    node = nested;
                    continue;
                }

                if (child is not null)
                {
                    node = null;
                    break;
                }

                var created = new Dictionary<string, object?>(StringComparer.Ordinal);
                node[parts[i]] = created;
                node = created;
            }

            if (node is not null && !(node.TryGetValue(parts[^1], out var existing) && existing is Dictionary<string, object?>))
            {
                node[parts[^1]] = value;
            }
        }

        model["vars"] = variables.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        return model;
    }
}

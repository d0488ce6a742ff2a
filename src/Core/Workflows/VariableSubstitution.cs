using System.Text.RegularExpressions;

namespace OpenCityAomori.Core.Workflows;

/// <summary>Replaces <c>${name}</c> with the variable's value (empty when unset).</summary>
public static partial class VariableSubstitution
{
    public static string? Apply(string? text, IReadOnlyDictionary<string, string?> variables)
    {
        if (text is null || !text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        var result = Pattern().Replace(text, m => variables.TryGetValue(m.Groups[1].Value.Trim(), out var value) ? value ?? "" : "");
        return string.IsNullOrWhiteSpace(result) ? null : result.Trim();
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Pattern();
}

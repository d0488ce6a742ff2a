using System.Text.Json;
using OpenCityAomori.Core.Content;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>One line of a comparison: a field's value in two versions as editors read it.</summary>
internal sealed record DiffRow(string Name, string Label, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>Compares two versions field by field (title and URL name first, then the type's fields in order).</summary>
internal static class VersionDiff
{
    public static IReadOnlyList<DiffRow> Compare(ContentTypeDefinition type, ContentItemView before, ContentItemView after)
    {
        var rows = new List<DiffRow>
        {
            new("title", T("タイトル", "Title"), before.Title, after.Title),
            new("slug", T("URL名", "URL name"), before.Slug, after.Slug),
        };
        var names = type.Fields.Select(f => f.Name).ToList();

        // Fields removed from the type since (extra fields) still show, so nothing silently disappears.
        names.AddRange(before.Fields.Keys.Concat(after.Fields.Keys).Where(n => !names.Contains(n)).Distinct().Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            var field = type.Field(name);
            rows.Add(new(name, field?.Label.Current ?? name, Describe(field, before.Fields.GetValueOrDefault(name)), Describe(field, after.Fields.GetValueOrDefault(name))));
        }

        return rows;
    }

    public static string Describe(ContentFieldDefinition? field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        JsonValueKind.String when field?.Kind == ContentFieldKind.Select => field.OptionLabel(value.GetString()),
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array when field?.Kind == ContentFieldKind.Group => string.Join("\n", value.EnumerateArray().Select(row => DescribeRow(field, row))),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Describe(null, v))),
        _ => value.GetRawText(),
    };

    private static string DescribeRow(ContentFieldDefinition group, JsonElement row) =>
        row.ValueKind != JsonValueKind.Object
            ? row.GetRawText()
            : string.Join(" / ", group.Fields.Select(s => row.TryGetProperty(s.Name, out var v) ? Describe(s, v) : string.Empty));
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// The editor's form values, as typed, by input name ("Fields.summary", "Fields.schedule[0].label"), and
/// their conversion to and from stored field values. Group rows are compacted (removed and empty rows
/// dropped, renumbered) before validation, so error keys and re-displayed inputs line up.
/// </summary>
internal sealed partial class ContentFormValues
{
    public const string Prefix = "Fields.";
    public const string RemoveSuffix = "._remove";

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RowCounts { get; } = new(StringComparer.Ordinal);

    public string this[string name] => Values.GetValueOrDefault(name) ?? string.Empty;

    public static string Name(ContentFieldDefinition field) => Prefix + field.Name;

    public static string RowName(ContentFieldDefinition group, int row, ContentFieldDefinition sub) => $"{Prefix}{group.Name}[{row}].{sub.Name}";

    public static string RemoveName(ContentFieldDefinition group, int row) => $"{Prefix}{group.Name}[{row}]{RemoveSuffix}";

    /// <summary>Reads posted values; <paramref name="addRowTo"/> names a group that gets one more empty row.</summary>
    public static ContentFormValues FromForm(ContentTypeDefinition type, IEnumerable<KeyValuePair<string, string?>> form, string? addRowTo = null)
    {
        var posted = form.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value ?? string.Empty, StringComparer.Ordinal);
        var values = new ContentFormValues();
        foreach (var field in type.Fields)
        {
            if (field.Kind != ContentFieldKind.Group)
            {
                values.Values[Name(field)] = posted.GetValueOrDefault(Name(field)) ?? string.Empty;
                continue;
            }

            var indexes = posted.Keys
                .Select(k => RowPattern().Match(k))
                .Where(m => m.Success && m.Groups[1].Value == field.Name)
                .Select(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
                .Distinct()
                .Order();
            var row = 0;
            foreach (var index in indexes)
            {
                if (posted.GetValueOrDefault($"{Prefix}{field.Name}[{index}]{RemoveSuffix}") == "true")
                {
                    continue;
                }

                var cells = field.Fields.ToDictionary(s => s.Name, s => posted.GetValueOrDefault($"{Prefix}{field.Name}[{index}].{s.Name}") ?? string.Empty);
                if (cells.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                foreach (var sub in field.Fields)
                {
                    values.Values[RowName(field, row, sub)] = cells[sub.Name];
                }

                row++;
            }

            values.RowCounts[field.Name] = row + (addRowTo == field.Name ? 1 : 0);
        }

        return values;
    }

    /// <summary>The form of a saved version.</summary>
    public static ContentFormValues FromFields(ContentTypeDefinition type, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var values = new ContentFormValues();
        foreach (var field in type.Fields)
        {
            if (field.Kind != ContentFieldKind.Group)
            {
                values.Values[Name(field)] = ToText(field, fields.GetValueOrDefault(field.Name));
                continue;
            }

            var rows = fields.GetGroup(field.Name);
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var sub in field.Fields)
                {
                    values.Values[RowName(field, i, sub)] = ToText(sub, rows[i].GetValueOrDefault(sub.Name));
                }
            }

            values.RowCounts[field.Name] = rows.Count;
        }

        return values;
    }

    /// <summary>Stored values: empty inputs are left out, dates and numbers normalised (full-width digits too).</summary>
    public Dictionary<string, JsonElement> ToFields(ContentTypeDefinition type)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (field.Kind == ContentFieldKind.Group)
            {
                var rows = Enumerable.Range(0, RowCounts.GetValueOrDefault(field.Name))
                    .Select(i => field.Fields
                        .Select(s => (s.Name, Value: ToJson(s, this[RowName(field, i, s)])))
                        .Where(c => c.Value is not null)
                        .ToDictionary(c => c.Name, c => c.Value!.Value, StringComparer.Ordinal))
                    .Where(r => r.Count > 0)
                    .ToList();
                if (rows.Count > 0)
                {
                    fields[field.Name] = ContentJson.Element(rows);
                }
            }
            else if (ToJson(field, this[Name(field)]) is { } value)
            {
                fields[field.Name] = value;
            }
        }

        return fields;
    }

    private static JsonElement? ToJson(ContentFieldDefinition field, string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = field.Kind is ContentFieldKind.Markdown or ContentFieldKind.Html or ContentFieldKind.MultilineText
            ? raw.Replace("\r\n", "\n", StringComparison.Ordinal)
            : raw.Trim();
        return field.Kind switch
        {
            ContentFieldKind.Date => ContentJson.Element(FieldValues.NormalizeDate(text)),
            ContentFieldKind.Number => FieldValues.ParseNumber(text) is { } number ? ContentJson.Element(number) : ContentJson.Element(text),
            ContentFieldKind.Tags => FieldValues.SplitTags(text) is { Count: > 0 } tags ? ContentJson.Element(tags) : null,
            _ => ContentJson.Element(text),
        };
    }

    private static string ToText(ContentFieldDefinition field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Array when field.Kind == ContentFieldKind.Tags =>
            string.Join(", ", value.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString())),
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"^Fields\.([A-Za-z0-9_]+)\[(\d{1,4})\]")]
    private static partial Regex RowPattern();
}

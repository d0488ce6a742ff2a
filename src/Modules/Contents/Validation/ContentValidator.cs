using System.Text.Json;
using OpenCityAomori.Core.Content;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Validation;

/// <summary>An error to show next to the input named <see cref="Key"/> (e.g. "Fields.partners").</summary>
internal sealed record FieldError(string Key, string Message);

/// <summary>
/// Checks field values against the type definition: presence, lengths, formats, choices; group rows one
/// by one. Existence of referenced items and media is checked separately (<see cref="ReferenceValidator"/>).
/// </summary>
internal static class ContentValidator
{
    public const int TitleMaxLength = 300;

    public static int DefaultMaxLength(ContentFieldKind kind) => kind switch
    {
        ContentFieldKind.Text => 200,
        ContentFieldKind.MultilineText => 2_000,
        ContentFieldKind.Markdown or ContentFieldKind.Html => 100_000,
        ContentFieldKind.Link => 2_000,
        ContentFieldKind.Tags => 100,
        _ => 200,
    };

    public static IReadOnlyList<FieldError> Validate(ContentTypeDefinition type, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var errors = new List<FieldError>();
        foreach (var field in type.Fields)
        {
            var key = "Fields." + field.Name;
            var present = fields.TryGetValue(field.Name, out var value) && !IsEmpty(value);
            if (!present)
            {
                if (field.Required)
                {
                    errors.Add(new(key, Missing(field)));
                }

                continue;
            }

            if (field.Kind == ContentFieldKind.Group)
            {
                ValidateGroup(field, value, key, errors);
            }
            else if (ValidateValue(field, value) is { } message)
            {
                errors.Add(new(key, message));
            }
        }

        return errors;
    }

    public static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static void ValidateGroup(ContentFieldDefinition group, JsonElement rows, string key, List<FieldError> errors)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(key, Invalid(group)));
            return;
        }

        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var rowKey = $"{key}[{index}]";
            if (row.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(rowKey, Invalid(group)));
            }
            else
            {
                foreach (var sub in group.Fields)
                {
                    var present = row.TryGetProperty(sub.Name, out var value) && !IsEmpty(value);
                    var message = !present ? (sub.Required ? Missing(sub) : null) : ValidateValue(sub, value);
                    if (message is not null)
                    {
                        errors.Add(new($"{rowKey}.{sub.Name}", T($"{index + 1}行目：", $"Row {index + 1}: ") + message));
                    }
                }
            }

            index++;
        }
    }

    /// <summary>The message for a non-empty value that does not fit its field, or null.</summary>
    public static string? ValidateValue(ContentFieldDefinition field, JsonElement value)
    {
        var max = field.MaxLength > 0 ? field.MaxLength : DefaultMaxLength(field.Kind);
        switch (field.Kind)
        {
            case ContentFieldKind.Number:
                return value.ValueKind == JsonValueKind.Number ? null
                    : T($"「{field.Label.Ja}」は数値で入力してください。", $"Enter a number for \"{field.Label.En}\".");
            case ContentFieldKind.Tags:
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                {
                    return Invalid(field);
                }

                return value.EnumerateArray().Any(t => t.GetString()!.Length > max) ? TooLong(field, max) : null;
            case ContentFieldKind.Group:
                return Invalid(field);
            default:
                break;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Invalid(field);
        }

        var text = value.GetString()!;
        return field.Kind switch
        {
            ContentFieldKind.Date when !FieldValues.IsDate(text) =>
                T($"「{field.Label.Ja}」は 2024-04-01 のように年-月-日で入力してください。", $"Enter \"{field.Label.En}\" as year-month-day, e.g. 2024-04-01."),
            ContentFieldKind.Select when field.Options.All(o => o.Value != text) =>
                T($"「{field.Label.Ja}」は選択肢から選んでください。", $"Choose \"{field.Label.En}\" from the list."),
            ContentFieldKind.Link when !FieldValues.IsLink(text) =>
                T($"「{field.Label.Ja}」は https:// で始まるURLか、/ で始まるこのサイトのパスを入力してください。", $"Enter \"{field.Label.En}\" as a URL starting with https:// or a path of this site starting with /."),
            ContentFieldKind.Text or ContentFieldKind.MultilineText or ContentFieldKind.Markdown or ContentFieldKind.Html or ContentFieldKind.Link
                when text.Length > max => TooLong(field, max),
            ContentFieldKind.Text when text.Contains('\n', StringComparison.Ordinal) =>
                T($"「{field.Label.Ja}」は1行で入力してください。", $"Keep \"{field.Label.En}\" on one line."),
            _ => null,
        };
    }

    public static string Missing(ContentFieldDefinition field) => field.Kind switch
    {
        ContentFieldKind.Select or ContentFieldKind.Media or ContentFieldKind.Reference or ContentFieldKind.Department =>
            T($"「{field.Label.Ja}」を選んでください。", $"Choose \"{field.Label.En}\"."),
        _ => T($"「{field.Label.Ja}」を入力してください。", $"Enter \"{field.Label.En}\"."),
    };

    private static string Invalid(ContentFieldDefinition field) =>
        T($"「{field.Label.Ja}」の値の形式が正しくありません。", $"The value of \"{field.Label.En}\" is not in the expected form.");

    private static string TooLong(ContentFieldDefinition field, int max) =>
        T($"「{field.Label.Ja}」は{max}文字以内で入力してください。", $"Keep \"{field.Label.En}\" within {max} characters.");
}

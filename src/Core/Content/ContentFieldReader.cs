using System.Globalization;
using System.Text.Json;

namespace OpenCityAomori.Core.Content;

/// <summary>Typed reads of field values (see <see cref="ContentFieldDefinition"/> for the stored shapes).</summary>
public static class ContentFieldReader
{
    public static string? GetText(this IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static DateOnly? GetDate(this IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        DateOnly.TryParseExact(fields.GetText(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    public static decimal? GetNumber(this IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public static IReadOnlyList<string> GetTags(this IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    public static IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> GetGroup(this IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.Object)
                .Select(v => (IReadOnlyDictionary<string, JsonElement>)v.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal))
                .ToList()
            : [];

    public static string? GetText(this ContentItemView item, string name) => item.Fields.GetText(name);

    public static DateOnly? GetDate(this ContentItemView item, string name) => item.Fields.GetDate(name);

    public static IReadOnlyList<string> GetTags(this ContentItemView item, string name) => item.Fields.GetTags(name);

    public static string? GetHtml(this ContentItemView item, string name) => item.Html.GetValueOrDefault(name);

    /// <summary>The date that dates the item: the type's date field, else the first publication.</summary>
    public static DateOnly? EffectiveDate(this ContentItemView item, ContentTypeDefinition type) =>
        (type.DateField is { } field ? item.GetDate(field) : null)
        ?? (item.PublishedUtc is { } published ? DateOnly.FromDateTime(published) : null);
}

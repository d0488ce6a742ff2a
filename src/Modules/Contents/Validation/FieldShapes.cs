using System.Text.Json;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.Modules.Contents.Validation;

/// <summary>Brings JSON values written by hand (recipes) to the stored shapes; leaves what cannot be converted for the validator.</summary>
internal static class FieldShapes
{
    public static JsonElement Normalize(ContentFieldDefinition field, JsonElement value) => field.Kind switch
    {
        ContentFieldKind.Date when value.ValueKind == JsonValueKind.String => ContentJson.Element(FieldValues.NormalizeDate(value.GetString())),
        ContentFieldKind.Number when value.ValueKind == JsonValueKind.String && FieldValues.ParseNumber(value.GetString()) is { } number => ContentJson.Element(number),
        ContentFieldKind.Tags when value.ValueKind == JsonValueKind.String => ContentJson.Element(FieldValues.SplitTags(value.GetString())),
        ContentFieldKind.Group when value.ValueKind == JsonValueKind.Array => ContentJson.Element(value.EnumerateArray().Select(row => NormalizeRow(field, row)).ToList()),
        _ => value,
    };

    private static JsonElement NormalizeRow(ContentFieldDefinition group, JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return row;
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in row.EnumerateObject())
        {
            values[property.Name] = group.Fields.FirstOrDefault(f => f.Name == property.Name) is { } sub ? Normalize(sub, property.Value) : property.Value;
        }

        return ContentJson.Element(values);
    }
}

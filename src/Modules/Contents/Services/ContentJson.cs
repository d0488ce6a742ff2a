using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>How field values are stored: one JSON object per version, Japanese kept readable.</summary>
internal static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static Dictionary<string, JsonElement> ParseFields(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(json) ? "{}" : json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
    }

    public static Dictionary<string, string> ParseHtml(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(string.IsNullOrEmpty(json) ? "{}" : json, Options)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public static JsonElement Element<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>JSON of fields and values: Japanese kept readable (the text filter searches it), enums by name.</summary>
internal static class FormJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}

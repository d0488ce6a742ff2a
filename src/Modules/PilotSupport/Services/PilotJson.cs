using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>The businesses column: Japanese kept as written, so the list's text filter finds names in it.</summary>
internal static class PilotJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(IEnumerable<AcceptedOrganization> businesses) => JsonSerializer.Serialize(businesses.ToList(), Options);

    public static IReadOnlyList<AcceptedOrganization> Read(string json) =>
        JsonSerializer.Deserialize<List<AcceptedOrganization>>(json, Options) ?? [];
}

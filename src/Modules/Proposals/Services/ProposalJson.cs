using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpenCityAomori.Modules.Proposals.Services;

internal static class ProposalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

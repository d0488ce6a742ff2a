using System.Security.Cryptography;
using System.Text;

namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>What a recipe seeded, as a SHA-256 of its XML (hex): line endings do not count, so a checkout's CRLF is no change.</summary>
internal static class SeedHashes
{
    public const int Length = 64;

    public static string Of(string xml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"))));
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The proposer's private tracking link: 256 random bits, given to the proposer once (receipt page and
/// e-mail) and stored only as its SHA-256, so the database alone cannot open anyone's proposal.
/// </summary>
internal static class TrackingTokens
{
    public static (string Token, byte[] Hash) New()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    /// <summary>A token can only be 43 base64url characters; anything else is refused before a look-up.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>An e-mail address kept only as a hash (to count link requests per address).</summary>
    public static byte[] HashEmail(string email) => SHA256.HashData(Encoding.UTF8.GetBytes("link-request:" + email.ToLowerInvariant()));
}

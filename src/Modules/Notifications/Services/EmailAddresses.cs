using MimeKit;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>Checks e-mail addresses before they are stored, so a typo fails at the caller and not in the outbox.</summary>
internal static class EmailAddresses
{
    private static readonly ParserOptions Strict = new()
    {
        AllowAddressesWithoutDomain = false,
        AddressParserComplianceMode = RfcComplianceMode.Strict,
    };

    /// <summary>Parses one mailbox ("desk@example.jp" or "デスク &lt;desk@example.jp&gt;"); throws ArgumentException otherwise.</summary>
    public static MailboxAddress Parse(string? value, string parameterName)
    {
        if (!TryParse(value, out var mailbox))
        {
            throw new ArgumentException($"Not an e-mail address: \"{value}\" / メールアドレスではありません。", parameterName);
        }

        return mailbox;
    }

    public static bool TryParse(string? value, out MailboxAddress mailbox)
    {
        mailbox = null!;
        if (string.IsNullOrWhiteSpace(value) || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = value.Trim();
        var open = trimmed.LastIndexOf('<');
        var spec = open >= 0 && trimmed.EndsWith('>') ? trimmed[(open + 1)..^1] : trimmed;
        if (spec.Any(char.IsWhiteSpace) || !MailboxAddress.TryParse(Strict, trimmed, out var parsed))
        {
            // MIME allows folding spaces inside an address; in what staff type they are typos.
            return false;
        }

        var address = parsed.Address;
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = address[(at + 1)..];
        if (domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }
}

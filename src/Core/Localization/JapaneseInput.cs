using System.Text;

namespace OpenCityAomori.Core.Localization;

/// <summary>
/// Folds what Japanese keyboards type into what the desk stores: full-width digits, letters and
/// symbols to ASCII, the many dashes (ー－‐−―…) to "-", full-width spaces to spaces, and a leading
/// 〒 dropped from postal codes.
/// </summary>
public static class JapaneseInput
{
    private const string Dashes = "ー－‐−―‑–—ｰ﹣⁃";

    /// <summary>Full-width ASCII (！ to ～) to ASCII and the ideographic space to a space; other text unchanged.</summary>
    public static string FoldWidth(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                >= '！' and <= '～' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Digits, dashes and spaces of a phone number, postal code or number, folded and trimmed.</summary>
    public static string Numeric(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in FoldWidth(value).Trim())
        {
            builder.Append(Dashes.Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return builder.ToString();
    }

    /// <summary>"〒０３０－８５０５" or "0308505" becomes "030-8505"; anything else is returned folded for the validator to refuse.</summary>
    public static string PostalCode(string value)
    {
        var folded = Numeric(value).TrimStart('〒').Replace(" ", string.Empty, StringComparison.Ordinal);
        var digits = folded.Replace("-", string.Empty, StringComparison.Ordinal);
        return digits.Length == 7 && digits.All(char.IsAsciiDigit) && (folded.Length == 7 || folded.IndexOf('-') == 3)
            ? digits[..3] + "-" + digits[3..]
            : folded;
    }

    /// <summary>A phone number keeps its hyphens (spaces and brackets become hyphens, doubled ones collapse).</summary>
    public static string Phone(string value)
    {
        var folded = Numeric(value).Replace('(', '-').Replace(')', '-').Replace(' ', '-');
        while (folded.Contains("--", StringComparison.Ordinal))
        {
            folded = folded.Replace("--", "-", StringComparison.Ordinal);
        }

        return folded.Trim('-');
    }

    /// <summary>A number without grouping spaces or commas.</summary>
    public static string Number(string value) =>
        Numeric(value).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-');

    /// <summary>An e-mail address trimmed and width-folded (＠ to @).</summary>
    public static string Email(string value) => FoldWidth(value).Trim();

    /// <summary>Text fields: trimmed, line endings made uniform; the characters themselves are kept.</summary>
    public static string Text(string value) => value.ReplaceLineEndings("\n").Trim();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenCityAomori.Modules.Contents.Validation;

/// <summary>Turns what people type (full-width digits, 2024/4/1, 令和 aside) into the stored shapes.</summary>
internal static partial class FieldValues
{
    /// <summary>"２０２４／４／１", "2024年4月1日", "2024-04-01" → "2024-04-01"; anything else is returned trimmed, for the validator to refuse.</summary>
    public static string NormalizeDate(string? raw)
    {
        var text = (raw ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        var match = DatePattern().Match(text);
        if (match.Success
            && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(match.Groups[3].Value, CultureInfo.InvariantCulture, out var day)
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    public static bool IsDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>"１，２３４．５" → 1234.5; null when it is not a number.</summary>
    public static decimal? ParseNumber(string? raw)
    {
        var text = (raw ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number : null;
    }

    /// <summary>Comma-separated tags (、 and full-width commas too), trimmed, without empties or repeats.</summary>
    public static IReadOnlyList<string> SplitTags(string? raw) =>
        TagSeparator().Split(raw ?? string.Empty)
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>An absolute http(s) URL or a path of this site ("/cases/…", not "//host").</summary>
    public static bool IsLink(string value) =>
        (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\', StringComparison.Ordinal))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0);

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[,、，;；\n]")]
    private static partial Regex TagSeparator();
}

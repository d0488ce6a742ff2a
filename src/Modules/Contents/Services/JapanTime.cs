using System.Globalization;
using System.Text;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Staff enter and read times in Japan time; the database keeps UTC. Japan has no daylight saving time.</summary>
internal static class JapanTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy-M-d H:mm",
    ];

    /// <summary>null for empty input; false when the text is not a date and time.</summary>
    public static bool TryParseToUtc(string? text, out DateTime? utc)
    {
        utc = null;
        var value = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>The value of a datetime-local input.</summary>
    public static string ToInput(DateTime? utc) =>
        utc is { } value ? (value + Offset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    public static string Display(DateTime utc) => (utc + Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

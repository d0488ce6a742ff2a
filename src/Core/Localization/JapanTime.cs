using System.Globalization;
using System.Text;

namespace OpenCityAomori.Core.Localization;

/// <summary>
/// The database keeps UTC; staff read and enter times in Japan time, the desk's working clock.
/// Japan has no daylight saving time, so a fixed +09:00 offset is exact.
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy-M-d H:mm",
    ];

    /// <summary>"2026-04-01 09:00" (or with seconds) in Japan time.</summary>
    public static string Format(DateTime utc, bool seconds = false) =>
        (utc + Offset).ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Format(DateTime, bool)"/>; a dash when there is no time.</summary>
    public static string Format(DateTime? utc, bool seconds = false) => utc is { } value ? Format(value, seconds) : "—";

    /// <summary>The calendar day in Japan at that instant.</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    /// <summary>The UTC instant at which the Japanese calendar day begins (a "from" date filter).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        day == DateOnly.MinValue ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) : day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    /// <summary>The UTC instant at which the Japanese calendar day ends, exclusive (a "to" date filter).</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        day == DateOnly.MaxValue ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) : StartOfDayUtc(day.AddDays(1));

    /// <summary>Reads a date and time typed in Japan time: null for empty input; false when the text is not one.</summary>
    public static bool TryParseToUtc(string? text, out DateTime? utc)
    {
        utc = null;
        var value = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local < DateTime.MinValue + Offset)
        {
            return false;
        }

        utc = DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>The value of a datetime-local input.</summary>
    public static string ToInput(DateTime? utc) =>
        utc is { } value ? (value + Offset).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;
}

using System.Globalization;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>Times are stored in UTC and shown to staff in Japan time, the desk's working clock.</summary>
internal static class JapanTimeFormat
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static string Format(DateTime utc, bool seconds = false) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Tokyo)
            .ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc, bool seconds = false) => utc is { } value ? Format(value, seconds) : "—";
}

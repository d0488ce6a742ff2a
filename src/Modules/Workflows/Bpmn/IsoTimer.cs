using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

/// <summary>ISO-8601 durations (P5D, P2W, PT48H), date-times and cycles (R3/P1D, R/PT1H) as BPMN timers use them.</summary>
internal static partial class IsoTimer
{
    /// <summary>Business days in a week of <c>PnW</c>: the city's working week.</summary>
    public const int BusinessDaysPerWeek = 5;

    /// <summary>The elapsed time of a duration (a week is seven days); false when it is not one or not positive.</summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text) || !text.TrimStart().StartsWith('P'))
        {
            return false;
        }

        if (WholeDays().Match(text.Trim()) is { Success: true } days)
        {
            duration = TimeSpan.FromDays((7.0 * Count(days.Groups[1])) + Count(days.Groups[2]));
            return duration > TimeSpan.Zero;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text.Trim());
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the duration is whole days or weeks only (P10D, P2W, P1W2D): such deadlines count the city's business
    /// days, a week being <see cref="BusinessDaysPerWeek"/>. A duration with a time (PT48H, P1DT12H), months or years is elapsed time.
    /// </summary>
    public static bool TryParseBusinessDays(string? text, out int days)
    {
        days = 0;
        if (WholeDays().Match(text?.Trim() ?? "") is not { Success: true } match)
        {
            return false;
        }

        days = (BusinessDaysPerWeek * Count(match.Groups[1])) + Count(match.Groups[2]);
        return days > 0;
    }

    /// <summary>The period of a cycle (<c>R3/P1D</c> → <c>P1D</c>).</summary>
    public static string PeriodOf(string cycle) => cycle.Trim().Split('/')[^1];

    private static int Count(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    // Six digits keep every count within TimeSpan and int.
    [GeneratedRegex(@"^P(?=[0-9])(?:([0-9]{1,6})W)?(?:([0-9]{1,6})D)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDays();

    /// <summary>An ISO 8601 date and time; one written without an offset is Japan time, as staff mean it.</summary>
    public static bool TryParseDate(string? text, out DateTimeOffset date)
    {
        var value = text?.Trim() ?? "";
        if (value.Length < 10 || value[4] != '-' || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            date = default;
            return false;
        }

        if (!HasOffset(value))
        {
            date = new DateTimeOffset(DateTime.SpecifyKind(date.UtcDateTime, DateTimeKind.Unspecified), JapanTime.Offset);
        }

        return true;
    }

    private static bool HasOffset(string value) => TimeWithOffset().IsMatch(value);

    [GeneratedRegex(@"T[0-9:.,]+(Z|[+-][0-9]{2}(:?[0-9]{2})?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWithOffset();

    /// <summary>Parses <c>R[n]/[start/]duration</c>; <paramref name="repetitions"/> is -1 when unbounded.</summary>
    public static bool TryParseCycle(string? text, out int repetitions, out DateTimeOffset? start, out TimeSpan period)
    {
        repetitions = 0;
        start = null;
        period = default;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R'))
        {
            return false;
        }

        if (parts[0].Length == 1)
        {
            repetitions = -1;
        }
        else if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out repetitions) || repetitions < 1)
        {
            return false;
        }

        if (parts.Length == 3)
        {
            if (!TryParseDate(parts[1], out var first))
            {
                return false;
            }

            start = first;
        }

        return TryParseDuration(parts[^1], out period);
    }

    /// <summary>Whether <paramref name="spec"/> is valid; expressions with <c>${variables}</c> are checked when they run.</summary>
    public static bool IsValid(TimerSpec spec) => spec.Expression.Contains("${", StringComparison.Ordinal) || spec.Kind switch
    {
        TimerKind.Duration => TryParseDuration(spec.Expression, out _),
        TimerKind.Date => TryParseDate(spec.Expression, out _),
        _ => TryParseCycle(spec.Expression, out _, out _, out _),
    };
}

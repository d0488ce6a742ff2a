using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>
/// The city's closed days as its calendar settings describe them. Pure, so the clock that counts deadlines and the
/// preview staff check on the settings page always agree.
/// </summary>
internal sealed record CalendarRules(
    IReadOnlySet<DayOfWeek> ClosedWeekdays,
    bool NationalHolidaysClosed,
    YearEndRange? YearEnd,
    IReadOnlyDictionary<DateOnly, string> ClosedDays)
{
    /// <summary>A run of closed days longer than this means the settings leave no working day.</summary>
    private const int LongestClosure = 366;

    private static readonly LocalizedText YearEndName = new("年末年始", "Year-end holidays");

    public static CalendarRules Default { get; } = new(
        new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday },
        NationalHolidaysClosed: true,
        YearEndRange.Default,
        new Dictionary<DateOnly, string>());

    /// <summary>Why the city is closed on <paramref name="date"/>; null on a business day.</summary>
    public LocalizedText? ClosedBecause(DateOnly date) =>
        ExceptionalClosure(date)
        ?? (ClosedWeekdays.Contains(date.DayOfWeek) ? new(WeekdayName(date.DayOfWeek, ja: true), WeekdayName(date.DayOfWeek, ja: false)) : null);

    /// <summary>Why the city is closed on <paramref name="date"/> besides its weekly closed days: its own closed day, a holiday or 年末年始.</summary>
    public LocalizedText? ExceptionalClosure(DateOnly date)
    {
        if (ClosedDays.TryGetValue(date, out var note))
        {
            return note.Length > 0 ? new(note, note) : new("市の休業日", "Closed by the city");
        }

        if (NationalHolidaysClosed && JapaneseHolidays.NameOf(date) is { } holiday)
        {
            return holiday;
        }

        if (YearEnd is { } yearEnd && yearEnd.Contains(date))
        {
            return YearEndName;
        }

        return null;
    }

    public bool IsBusinessDay(DateOnly date) => !ClosedWeekdays.Contains(date.DayOfWeek) && ExceptionalClosure(date) is null;

    /// <summary>
    /// The same Japan time of day on the <paramref name="days"/>-th business day after the start; a start on a
    /// closed day counts from the next business day (so 0 days from a Saturday is the Monday).
    /// </summary>
    public DateTime AddBusinessDays(DateTime fromUtc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = fromUtc + JapanTime.Offset;
        var day = FirstOpenFrom(DateOnly.FromDateTime(local));
        for (var i = 0; i < days; i++)
        {
            day = FirstOpenFrom(day.AddDays(1));
        }

        return DateTime.SpecifyKind(day.ToDateTime(TimeOnly.FromTimeSpan(local.TimeOfDay)) - JapanTime.Offset, DateTimeKind.Utc);
    }

    /// <summary>The <see cref="ExceptionalClosure"/> days from <paramref name="from"/> up to (not including) <paramref name="until"/>.</summary>
    public IEnumerable<(DateOnly Date, LocalizedText Reason)> ExceptionalClosuresBetween(DateOnly from, DateOnly until)
    {
        for (var day = from; day < until; day = day.AddDays(1))
        {
            if (ExceptionalClosure(day) is { } reason)
            {
                yield return (day, reason);
            }
        }
    }

    public static string WeekdayName(DayOfWeek day, bool ja) => ja
        ? "日月火水木金土"[(int)day] + "曜日"
        : day.ToString();

    private DateOnly FirstOpenFrom(DateOnly day)
    {
        for (var i = 0; i <= LongestClosure; i++, day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"The business calendar has no working day in the {LongestClosure} days from {day.AddDays(-LongestClosure - 1):yyyy-MM-dd}.");
    }
}

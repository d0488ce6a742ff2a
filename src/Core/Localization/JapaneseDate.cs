using System.Globalization;

namespace OpenCityAomori.Core.Localization;

/// <summary>
/// Dates as readers expect them: on Japanese pages in the Japanese era (和暦) followed by the Western
/// year, e.g. 令和5年6月23日（2023年）; in English "23 June 2023".
/// </summary>
public static class JapaneseDate
{
    // Each era begins on the day its name took effect (Gregorian); the first year is written 元年.
    // Meiji is dated from its proclamation (慶応4年9月8日 = 1868-10-23); earlier dates get the Western year only.
    private static readonly (string Name, DateOnly Start)[] Eras =
    [
        ("令和", new DateOnly(2019, 5, 1)),
        ("平成", new DateOnly(1989, 1, 8)),
        ("昭和", new DateOnly(1926, 12, 25)),
        ("大正", new DateOnly(1912, 7, 30)),
        ("明治", new DateOnly(1868, 10, 23)),
    ];

    /// <summary>The era and year, e.g. "令和5年" or "令和元年"; null before Meiji.</summary>
    public static string? EraYear(DateOnly date)
    {
        foreach (var (name, start) in Eras)
        {
            if (date >= start)
            {
                var year = date.Year - start.Year + 1;
                return year == 1 ? name + "元年" : $"{name}{year.ToString(CultureInfo.InvariantCulture)}年";
            }
        }

        return null;
    }

    /// <summary>A date for a page in <paramref name="culture"/> ("ja" or "en").</summary>
    public static string Format(DateOnly date, string culture)
    {
        if (Cultures.Normalize(culture) == Cultures.English)
        {
            return date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        var monthDay = MonthDay(date);
        var western = date.Year.ToString(CultureInfo.InvariantCulture) + "年";
        return EraYear(date) is { } era ? $"{era}{monthDay}（{western}）" : western + monthDay;
    }

    /// <summary>A period: "令和5年6月23日～24日（2023年）", "23–24 June 2023"; the end may be missing or equal.</summary>
    public static string FormatRange(DateOnly start, DateOnly? end, string culture)
    {
        if (end is not { } last || last == start)
        {
            return Format(start, culture);
        }

        if (last < start)
        {
            (start, last) = (last, start);
        }

        return Cultures.Normalize(culture) == Cultures.English ? EnglishRange(start, last) : JapaneseRange(start, last);
    }

    private static string JapaneseRange(DateOnly start, DateOnly end)
    {
        var era = EraYear(start);
        if (start.Year != end.Year || era is null || era != EraYear(end))
        {
            return $"{Format(start, Cultures.Japanese)}～{Format(end, Cultures.Japanese)}";
        }

        var endPart = start.Month == end.Month ? Day(end) : MonthDay(end);
        return $"{era}{MonthDay(start)}～{endPart}（{start.Year.ToString(CultureInfo.InvariantCulture)}年）";
    }

    private static string EnglishRange(DateOnly start, DateOnly end)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (start.Year != end.Year)
        {
            return $"{Format(start, Cultures.English)} – {Format(end, Cultures.English)}";
        }

        return start.Month == end.Month
            ? $"{start.Day.ToString(invariant)}–{Format(end, Cultures.English)}"
            : $"{start.ToString("d MMMM", invariant)} – {Format(end, Cultures.English)}";
    }

    private static string MonthDay(DateOnly date) =>
        $"{date.Month.ToString(CultureInfo.InvariantCulture)}月{Day(date)}";

    private static string Day(DateOnly date) => date.Day.ToString(CultureInfo.InvariantCulture) + "日";
}

using System.Collections.Concurrent;
using System.Collections.Frozen;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>
/// Japan's national holidays (国民の祝日に関する法律 and the special laws of 1989–2021) computed by rule for
/// 1980–2099: fixed days, Happy Monday days, the equinoxes by the standard formula, 振替休日 and 国民の休日.
/// The law fixes the equinoxes only a year ahead (官報, each February); the formula has matched every
/// announcement since 1980 and is the one the National Astronomical Observatory publishes.
/// </summary>
internal static class JapaneseHolidays
{
    public const int FirstYear = 1980;
    public const int LastYear = 2099;

    private static readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, LocalizedText>> Years = new();

    private static readonly LocalizedText Substitute = new("振替休日", "Substitute holiday");
    private static readonly LocalizedText Citizens = new("国民の休日", "Citizens' holiday");

    /// <summary>The holidays of <paramref name="year"/> with their names.</summary>
    public static IReadOnlyDictionary<DateOnly, LocalizedText> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Years.GetOrAdd(year, Compute);
    }

    /// <summary>The holiday's name, or null when <paramref name="date"/> is not a national holiday.</summary>
    public static LocalizedText? NameOf(DateOnly date) => Of(date.Year).GetValueOrDefault(date);

    private static FrozenDictionary<DateOnly, LocalizedText> Compute(int year)
    {
        var days = new Dictionary<DateOnly, LocalizedText>();
        foreach (var (date, name) in NationalHolidays(year))
        {
            days[date] = name;
        }

        // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday (the law since 2007;
        // before it, the Monday — the same day for every year from 1980 to 2006).
        foreach (var sunday in days.Keys.Where(d => d.DayOfWeek == DayOfWeek.Sunday).Order().ToList())
        {
            var next = sunday.AddDays(1);
            while (days.ContainsKey(next))
            {
                next = next.AddDays(1);
            }

            days[next] = Substitute;
        }

        // 国民の休日 (since 1986): a day between two national holidays. Until 2006 the law excluded Sundays and 振替休日.
        var holidays = NationalHolidays(year).Select(h => h.Date).ToHashSet();
        for (var day = new DateOnly(year, 1, 2); day < new DateOnly(year, 12, 31); day = day.AddDays(1))
        {
            if (year >= 1986 && !days.ContainsKey(day) && holidays.Contains(day.AddDays(-1)) && holidays.Contains(day.AddDays(1))
                && (year >= 2007 || day.DayOfWeek != DayOfWeek.Sunday))
            {
                days[day] = Citizens;
            }
        }

        return days.ToFrozenDictionary();
    }

    /// <summary>The 国民の祝日 themselves and the days special laws made holidays, without 振替休日 or 国民の休日.</summary>
    private static IEnumerable<(DateOnly Date, LocalizedText Name)> NationalHolidays(int y)
    {
        yield return (new(y, 1, 1), new("元日", "New Year's Day"));
        yield return (y < 2000 ? new(y, 1, 15) : NthMonday(y, 1, 2), new("成人の日", "Coming of Age Day"));
        yield return (new(y, 2, 11), new("建国記念の日", "National Foundation Day"));
        if (y >= 2020)
        {
            yield return (new(y, 2, 23), new("天皇誕生日", "The Emperor's Birthday"));
        }

        yield return (new(y, 3, Equinox(y, 20.8431m)), new("春分の日", "Vernal Equinox Day"));
        yield return (new(y, 4, 29), y switch
        {
            < 1989 => new("天皇誕生日", "The Emperor's Birthday"),
            < 2007 => new("みどりの日", "Greenery Day"),
            _ => new("昭和の日", "Shōwa Day"),
        });
        yield return (new(y, 5, 3), new("憲法記念日", "Constitution Memorial Day"));
        if (y >= 2007)
        {
            yield return (new(y, 5, 4), new("みどりの日", "Greenery Day"));
        }

        yield return (new(y, 5, 5), new("こどもの日", "Children's Day"));
        if (y >= 1996)
        {
            yield return (y switch { 2020 => new(y, 7, 23), 2021 => new(y, 7, 22), < 2003 => new(y, 7, 20), _ => NthMonday(y, 7, 3) }, new("海の日", "Marine Day"));
        }

        if (y >= 2016)
        {
            yield return (y switch { 2020 => new(y, 8, 10), 2021 => new(y, 8, 8), _ => new(y, 8, 11) }, new("山の日", "Mountain Day"));
        }

        yield return (y < 2003 ? new(y, 9, 15) : NthMonday(y, 9, 3), new("敬老の日", "Respect for the Aged Day"));
        yield return (new(y, 9, Equinox(y, 23.2488m)), new("秋分の日", "Autumnal Equinox Day"));
        yield return y switch
        {
            < 2000 => (new(y, 10, 10), new("体育の日", "Health and Sports Day")),
            < 2020 => (NthMonday(y, 10, 2), new("体育の日", "Health and Sports Day")),
            2020 => (new(y, 7, 24), new("スポーツの日", "Sports Day")),
            2021 => (new(y, 7, 23), new("スポーツの日", "Sports Day")),
            _ => (NthMonday(y, 10, 2), new("スポーツの日", "Sports Day")),
        };
        yield return (new(y, 11, 3), new("文化の日", "Culture Day"));
        yield return (new(y, 11, 23), new("勤労感謝の日", "Labour Thanksgiving Day"));
        if (y is >= 1989 and <= 2018)
        {
            yield return (new(y, 12, 23), new("天皇誕生日", "The Emperor's Birthday"));
        }

        foreach (var special in Special.Where(s => s.Date.Year == y))
        {
            yield return special;
        }
    }

    /// <summary>Days made holidays by their own laws; 2019's two count as 国民の祝日 (so 4/30 and 5/2 became 国民の休日).</summary>
    private static readonly (DateOnly Date, LocalizedText Name)[] Special =
    [
        (new(1989, 2, 24), new("昭和天皇の大喪の礼", "State funeral of Emperor Shōwa")),
        (new(1990, 11, 12), new("即位礼正殿の儀", "Enthronement ceremony")),
        (new(1993, 6, 9), new("皇太子徳仁親王の結婚の儀", "Wedding of Crown Prince Naruhito")),
        (new(2019, 5, 1), new("天皇の即位の日", "Enthronement Day")),
        (new(2019, 10, 22), new("即位礼正殿の儀", "Enthronement ceremony")),
    ];

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>The equinox's day of the month for 1980–2099: floor(base + 0.242194 (y − 1980) − floor((y − 1980) / 4)).</summary>
    private static int Equinox(int year, decimal baseDay) =>
        (int)Math.Floor(baseDay + (0.242194m * (year - 1980)) - ((year - 1980) / 4));
}

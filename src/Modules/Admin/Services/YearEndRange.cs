using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>年末年始: the days from one month and day to another, across the new year when the end comes first (12/29–1/3).</summary>
internal readonly partial record struct YearEndRange(int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    public static YearEndRange Default { get; } = new(12, 29, 1, 3);

    public bool Contains(DateOnly date)
    {
        var key = (date.Month * 100) + date.Day;
        var from = (FromMonth * 100) + FromDay;
        var to = (ToMonth * 100) + ToDay;
        return from <= to ? key >= from && key <= to : key >= from || key <= to;
    }

    /// <summary>How many days the range covers (in a leap year, the longest case).</summary>
    public int Length
    {
        get
        {
            var from = new DateOnly(2024, FromMonth, FromDay);
            var to = new DateOnly(2024, ToMonth, ToDay);
            return to.DayNumber - from.DayNumber + (to < from ? 366 : 0) + 1;
        }
    }

    /// <summary>"12-29" as stored.</summary>
    public static string Stored(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}");

    /// <summary>Reads a month and day typed as 12/29, 12-29, 12月29日 or in full width; false when it is not one.</summary>
    public static bool TryParseMonthDay(string? text, out int month, out int day)
    {
        month = day = 0;
        var match = MonthDayPattern().Match((text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim());
        if (!match.Success)
        {
            return false;
        }

        month = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        day = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
    }

    [GeneratedRegex(@"^([0-9]{1,2})\s*[/\-月]\s*([0-9]{1,2})\s*日?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();
}

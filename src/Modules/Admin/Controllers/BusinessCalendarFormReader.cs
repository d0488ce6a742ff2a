using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenCityAomori.Modules.Admin.Models;
using OpenCityAomori.Modules.Admin.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Admin.Controllers;

/// <summary>Turns the calendar page's input into rules, or names each field that is wrong in the user's language.</summary>
internal static partial class BusinessCalendarFormReader
{
    private const int LongestYearEnd = 31;
    private const int NoteLength = 200;

    public static CalendarRules? Read(BusinessCalendarForm form, Action<string, string> error)
    {
        var weekdays = Enumerable.Range(0, 7).Where(d => d < form.ClosedWeekdays.Length && form.ClosedWeekdays[d]).Select(d => (DayOfWeek)d).ToHashSet();
        if (weekdays.Count == 7)
        {
            error("ClosedWeekdays[1]", T("少なくとも1つの曜日は開庁日にしてください。", "Leave at least one day of the week open."));
        }

        var yearEnd = ReadYearEnd(form, error);
        var closedDays = ReadClosedDays(form.ClosedDays, error);
        return weekdays.Count < 7 && yearEnd.Valid && closedDays is not null
            ? new CalendarRules(weekdays, form.NationalHolidaysClosed, yearEnd.Range, closedDays)
            : null;
    }

    public static string Write(IReadOnlyDictionary<DateOnly, string> closedDays) =>
        string.Join("\n", closedDays.OrderBy(d => d.Key).Select(d => (d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + d.Value).TrimEnd()));

    private static (bool Valid, YearEndRange? Range) ReadYearEnd(BusinessCalendarForm form, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(form.YearEndFrom) && string.IsNullOrWhiteSpace(form.YearEndTo))
        {
            return (true, null);
        }

        var fromOk = YearEndRange.TryParseMonthDay(form.YearEndFrom, out var fm, out var fd);
        var toOk = YearEndRange.TryParseMonthDay(form.YearEndTo, out var tm, out var td);
        if (!fromOk)
        {
            error(nameof(form.YearEndFrom), T("年末年始の初日を「12/29」の形式で入力してください。", "Enter the first day of the year-end holidays as 12/29."));
        }

        if (!toOk)
        {
            error(nameof(form.YearEndTo), T("年末年始の最終日を「1/3」の形式で入力してください。", "Enter the last day of the year-end holidays as 1/3."));
        }

        if (!fromOk || !toOk)
        {
            return (false, null);
        }

        var range = new YearEndRange(fm, fd, tm, td);
        if (range.Length > LongestYearEnd)
        {
            error(nameof(form.YearEndTo), T($"年末年始は{LongestYearEnd}日以内にしてください。", $"The year-end holidays can last at most {LongestYearEnd} days."));
            return (false, null);
        }

        return (true, range);
    }

    private static Dictionary<DateOnly, string>? ReadClosedDays(string? text, Action<string, string> error)
    {
        var days = new Dictionary<DateOnly, string>();
        var valid = true;
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // The date is read in half width; the reason is kept as typed.
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var number = i + 1;
            var cut = line.IndexOfAny([' ', '\u3000', '\t', ',', '、', '，']);
            var note = cut < 0 ? string.Empty : line[(cut + 1)..].Trim();
            var match = DatePattern().Match((cut < 0 ? line : line[..cut]).Normalize(NormalizationForm.FormKC));
            string? problem = null;
            if (!match.Success || !DateOnly.TryParseExact($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem = T($"{number}行目「{line}」は日付で始まっていません。「2026-08-13 市の休庁日」のように1行に1日ずつ入力してください。",
                    $"Line {number} ('{line}') does not start with a date. Enter one day a line, e.g. 2026-08-13 City offices closed.");
            }
            else if (date.Year is < JapaneseHolidays.FirstYear or > JapaneseHolidays.LastYear)
            {
                problem = T($"{number}行目の日付は{JapaneseHolidays.FirstYear}年から{JapaneseHolidays.LastYear}年までで入力してください。",
                    $"The date on line {number} must be between {JapaneseHolidays.FirstYear} and {JapaneseHolidays.LastYear}.");
            }
            else if (note.Length > NoteLength)
            {
                problem = T($"{number}行目の理由は{NoteLength}文字以内で入力してください。", $"The reason on line {number} can be at most {NoteLength} characters.");
            }
            else if (!days.TryAdd(date, note))
            {
                problem = T($"{number}行目の{date:yyyy-MM-dd}は既に入力されています。", $"{date:yyyy-MM-dd} on line {number} is listed twice.");
            }

            if (problem is not null)
            {
                error("ClosedDays", problem);
                valid = false;
            }
        }

        return valid ? days : null;
    }

    [GeneratedRegex(@"^([0-9]{4})[/\-年.]([0-9]{1,2})[/\-月.]([0-9]{1,2})日?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

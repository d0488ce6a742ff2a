using OpenCityAomori.Modules.Admin.Services;

namespace OpenCityAomori.UnitTests.Admin;

public sealed class CalendarRulesTests
{
    private static readonly CalendarRules City = CalendarRules.Default;

    [Theory]
    [InlineData("2026-04-03T09:00", 1, "2026-04-06T09:00")] // Friday → Monday, across the weekend
    [InlineData("2026-04-03T09:00", 5, "2026-04-10T09:00")] // a working week
    [InlineData("2026-04-28T17:30", 1, "2026-04-30T17:30")] // over 昭和の日
    [InlineData("2026-05-01T10:00", 1, "2026-05-07T10:00")] // Golden Week with its 振替休日
    [InlineData("2026-12-25T10:00", 1, "2026-12-28T10:00")]
    [InlineData("2026-12-25T10:00", 2, "2027-01-04T10:00")] // across 年末年始 (12/29–1/3)
    [InlineData("2026-12-28T10:00", 10, "2027-01-18T10:00")] // 年末年始 and 成人の日 (1/11)
    [InlineData("2026-04-04T15:00", 0, "2026-04-06T15:00")] // a Saturday start counts from Monday
    [InlineData("2026-04-04T15:00", 1, "2026-04-07T15:00")]
    [InlineData("2026-12-31T23:00", 1, "2027-01-05T23:00")] // a start in 年末年始 counts from 1/4
    [InlineData("2026-09-18T09:00", 1, "2026-09-24T09:00")] // シルバーウィーク: 9/19–9/23 closed
    [InlineData("2026-04-03T01:00", 1, "2026-04-06T01:00")] // early on Friday in Japan is still Thursday in UTC
    public void Business_days_skip_weekends_holidays_and_the_year_end(string fromJst, int days, string expectedJst) =>
        Assert.Equal(Utc(expectedJst), City.AddBusinessDays(Utc(fromJst), days));

    [Fact]
    public void The_citys_own_closed_days_are_skipped_too()
    {
        var rules = City with { ClosedDays = new Dictionary<DateOnly, string> { [new(2026, 5, 7)] = "市の休庁日", [new(2026, 5, 8)] = "" } };

        Assert.Equal(Utc("2026-05-11T10:00"), rules.AddBusinessDays(Utc("2026-05-01T10:00"), 1));
        Assert.Equal("市の休庁日", rules.ClosedBecause(new(2026, 5, 7))?.Ja);
        Assert.Equal("市の休業日", rules.ClosedBecause(new(2026, 5, 8))?.Ja);
    }

    [Fact]
    public void Settings_decide_which_days_are_closed()
    {
        var sixDays = City with { ClosedWeekdays = new HashSet<DayOfWeek> { DayOfWeek.Sunday } };
        var holidaysOpen = City with { NationalHolidaysClosed = false, YearEnd = null };
        var shortYearEnd = City with { YearEnd = new YearEndRange(12, 30, 1, 2) };

        Assert.Equal(Utc("2026-04-04T09:00"), sixDays.AddBusinessDays(Utc("2026-04-03T09:00"), 1));
        Assert.Equal(Utc("2026-05-04T09:00"), holidaysOpen.AddBusinessDays(Utc("2026-05-01T09:00"), 1));
        Assert.True(holidaysOpen.IsBusinessDay(new(2026, 12, 29)));
        Assert.True(shortYearEnd.IsBusinessDay(new(2026, 12, 29)));
        Assert.False(shortYearEnd.IsBusinessDay(new(2026, 12, 31)));
        Assert.True(shortYearEnd.IsBusinessDay(new(2027, 1, 4)));
    }

    [Fact]
    public void Reasons_name_the_holiday_before_the_weekday()
    {
        Assert.Equal("憲法記念日", City.ClosedBecause(new(2026, 5, 3))?.Ja);
        Assert.Equal("年末年始", City.ClosedBecause(new(2026, 12, 29))?.Ja);
        Assert.Equal("Saturday", City.ClosedBecause(new(2026, 4, 4))?.En);
        Assert.Null(City.ClosedBecause(new(2026, 4, 6)));
        Assert.Equal(
            ["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-11"],
            City.ExceptionalClosuresBetween(new(2026, 12, 1), new(2027, 2, 1)).Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_negative_count_is_refused_and_a_calendar_without_working_days_fails_loudly()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => City.AddBusinessDays(Utc("2026-04-03T09:00"), -1));
        var closed = City with { ClosedWeekdays = Enum.GetValues<DayOfWeek>().ToHashSet() };
        Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(Utc("2026-04-03T09:00"), 1));
    }

    [Theory]
    [InlineData(12, 29, 1, 3, "2026-12-28", false)]
    [InlineData(12, 29, 1, 3, "2026-12-29", true)]
    [InlineData(12, 29, 1, 3, "2027-01-03", true)]
    [InlineData(12, 29, 1, 3, "2027-01-04", false)]
    [InlineData(8, 13, 8, 15, "2026-08-14", true)]
    [InlineData(8, 13, 8, 15, "2026-12-30", false)]
    public void The_year_end_range_may_cross_the_new_year(int fm, int fd, int tm, int td, string date, bool inside) =>
        Assert.Equal(inside, new YearEndRange(fm, fd, tm, td).Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("12/29", 12, 29)]
    [InlineData("１２／２９", 12, 29)]
    [InlineData("1-3", 1, 3)]
    [InlineData("12月29日", 12, 29)]
    [InlineData("2/29", 2, 29)]
    public void Month_and_day_are_read_as_staff_type_them(string text, int month, int day)
    {
        Assert.True(YearEndRange.TryParseMonthDay(text, out var m, out var d));
        Assert.Equal((month, day), (m, d));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/1")]
    [InlineData("2/30")]
    [InlineData("12/29/2026")]
    [InlineData("年末")]
    public void Other_text_is_not_a_month_and_day(string text) => Assert.False(YearEndRange.TryParseMonthDay(text, out _, out _));

    private static DateTime Utc(string jst) =>
        DateTime.SpecifyKind(DateTime.Parse(jst, System.Globalization.CultureInfo.InvariantCulture) - TimeSpan.FromHours(9), DateTimeKind.Utc);
}

using OpenCityAomori.Modules.Admin.Services;

namespace OpenCityAomori.UnitTests.Admin;

public sealed class JapaneseHolidaysTests
{
    [Fact]
    public void The_holidays_of_2026_are_the_cabinet_offices_list()
    {
        string[] expected =
        [
            "01-01 元日", "01-12 成人の日", "02-11 建国記念の日", "02-23 天皇誕生日", "03-20 春分の日", "04-29 昭和の日",
            "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-20 海の日", "08-11 山の日",
            "09-21 敬老の日", "09-22 国民の休日", "09-23 秋分の日", "10-12 スポーツの日", "11-03 文化の日", "11-23 勤労感謝の日",
        ];
        Assert.Equal(expected, List(2026));
    }

    [Fact]
    public void The_holidays_of_2024_include_four_substitute_days()
    {
        string[] expected =
        [
            "01-01 元日", "01-08 成人の日", "02-11 建国記念の日", "02-12 振替休日", "02-23 天皇誕生日", "03-20 春分の日",
            "04-29 昭和の日", "05-03 憲法記念日", "05-04 みどりの日", "05-05 こどもの日", "05-06 振替休日", "07-15 海の日",
            "08-11 山の日", "08-12 振替休日", "09-16 敬老の日", "09-22 秋分の日", "09-23 振替休日", "10-14 スポーツの日",
            "11-03 文化の日", "11-04 振替休日", "11-23 勤労感謝の日",
        ];
        Assert.Equal(expected, List(2024));
    }

    [Theory]
    [InlineData("2025-02-24", "振替休日")]
    [InlineData("2025-03-20", "春分の日")]
    [InlineData("2025-09-23", "秋分の日")]
    [InlineData("2019-04-30", "国民の休日")]
    [InlineData("2019-05-01", "天皇の即位の日")]
    [InlineData("2019-05-02", "国民の休日")]
    [InlineData("2019-05-06", "振替休日")]
    [InlineData("2019-10-22", "即位礼正殿の儀")]
    [InlineData("2019-10-14", "体育の日")]
    [InlineData("2020-07-23", "海の日")]
    [InlineData("2020-07-24", "スポーツの日")]
    [InlineData("2020-08-10", "山の日")]
    [InlineData("2021-07-22", "海の日")]
    [InlineData("2021-07-23", "スポーツの日")]
    [InlineData("2021-08-08", "山の日")]
    [InlineData("2021-08-09", "振替休日")]
    [InlineData("2015-09-22", "国民の休日")]
    [InlineData("2009-09-22", "国民の休日")]
    [InlineData("2008-05-06", "振替休日")]
    [InlineData("1999-01-15", "成人の日")]
    [InlineData("1999-10-11", "振替休日")]
    [InlineData("1996-07-20", "海の日")]
    [InlineData("2000-01-10", "成人の日")]
    [InlineData("1988-05-04", "国民の休日")]
    [InlineData("1987-05-04", "振替休日")]
    [InlineData("1988-04-29", "天皇誕生日")]
    [InlineData("1989-02-24", "昭和天皇の大喪の礼")]
    [InlineData("2018-12-24", "振替休日")]
    [InlineData("2099-03-20", "春分の日")]
    [InlineData("1980-09-23", "秋分の日")]
    public void A_day_is_the_holiday_the_law_makes_it(string date, string name) =>
        Assert.Equal(name, JapaneseHolidays.NameOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Ja);

    [Theory]
    [InlineData("2019-12-23")] // no emperor's birthday in 2019
    [InlineData("2020-10-12")] // スポーツの日 moved to 7/24 for the Olympics
    [InlineData("2021-07-19")] // 海の日 moved to 7/22
    [InlineData("2021-08-11")] // 山の日 moved to 8/8
    [InlineData("2026-09-24")]
    [InlineData("2026-12-29")] // 年末年始 is the city's, not a national holiday
    [InlineData("1985-05-04")] // before 国民の休日 existed
    public void Other_days_are_not_national_holidays(string date) =>
        Assert.Null(JapaneseHolidays.NameOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Years_outside_the_formulas_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.Of(1979));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.Of(2100));
    }

    [Fact]
    public void Every_year_from_1980_to_2099_has_its_holidays_named_in_both_languages()
    {
        for (var year = JapaneseHolidays.FirstYear; year <= JapaneseHolidays.LastYear; year++)
        {
            var days = JapaneseHolidays.Of(year);
            Assert.InRange(days.Count, 12, 24);
            Assert.All(days, d => Assert.Equal(year, d.Key.Year));
            Assert.All(days.Values, n => Assert.False(string.IsNullOrWhiteSpace(n.En)));
        }
    }

    private static string[] List(int year) =>
        JapaneseHolidays.Of(year).OrderBy(d => d.Key).Select(d => $"{d.Key:MM-dd} {d.Value.Ja}").ToArray();
}

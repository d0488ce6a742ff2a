using OpenCityAomori.Core.Localization;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Localization;

public class JapaneseDateTests
{
    [Theory]
    [InlineData("2023-06-23", "令和5年6月23日（2023年）")]
    [InlineData("2019-05-01", "令和元年5月1日（2019年）")]
    [InlineData("2019-04-30", "平成31年4月30日（2019年）")]
    [InlineData("2020-01-01", "令和2年1月1日（2020年）")]
    [InlineData("1989-01-08", "平成元年1月8日（1989年）")]
    [InlineData("1989-01-07", "昭和64年1月7日（1989年）")]
    [InlineData("1926-12-25", "昭和元年12月25日（1926年）")]
    [InlineData("1926-12-24", "大正15年12月24日（1926年）")]
    [InlineData("1912-07-30", "大正元年7月30日（1912年）")]
    [InlineData("1912-07-29", "明治45年7月29日（1912年）")]
    [InlineData("1868-10-23", "明治元年10月23日（1868年）")]
    public void Japanese_dates_are_written_in_the_era_with_the_western_year(string iso, string expected)
    {
        Assert.Equal(expected, JapaneseDate.Format(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), "ja"));
    }

    [Fact]
    public void Dates_before_meiji_have_the_western_year_only()
    {
        Assert.Equal("1868年10月22日", JapaneseDate.Format(new DateOnly(1868, 10, 22), "ja"));
        Assert.Null(JapaneseDate.EraYear(new DateOnly(1600, 1, 1)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    public void English_dates_read_day_month_year(string culture)
    {
        Assert.Equal("23 June 2023", JapaneseDate.Format(new DateOnly(2023, 6, 23), culture));
        Assert.Equal("1 May 2019", JapaneseDate.Format(new DateOnly(2019, 5, 1), culture));
    }

    [Fact]
    public void The_format_does_not_depend_on_the_thread_culture()
    {
        using var _ = UiCulture.Use("fr-FR");

        Assert.Equal("23 June 2023", JapaneseDate.Format(new DateOnly(2023, 6, 23), "en"));
        Assert.Equal("令和5年6月23日（2023年）", JapaneseDate.Format(new DateOnly(2023, 6, 23), "ja"));
    }

    [Theory]
    [InlineData("2023-06-23", "2023-06-24", "令和5年6月23日～24日（2023年）", "23–24 June 2023")]
    [InlineData("2023-07-05", "2023-07-30", "令和5年7月5日～30日（2023年）", "5–30 July 2023")]
    [InlineData("2023-06-23", "2023-09-30", "令和5年6月23日～9月30日（2023年）", "23 June – 30 September 2023")]
    [InlineData("2023-12-01", "2024-01-31", "令和5年12月1日（2023年）～令和6年1月31日（2024年）", "1 December 2023 – 31 January 2024")]
    [InlineData("2019-04-01", "2019-05-31", "平成31年4月1日（2019年）～令和元年5月31日（2019年）", "1 April – 31 May 2019")]
    [InlineData("2023-06-23", "2023-06-23", "令和5年6月23日（2023年）", "23 June 2023")]
    public void Ranges_share_the_era_year_and_month_when_they_can(string from, string to, string ja, string en)
    {
        var start = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(ja, JapaneseDate.FormatRange(start, end, "ja"));
        Assert.Equal(en, JapaneseDate.FormatRange(start, end, "en"));
    }

    [Fact]
    public void A_range_without_an_end_is_its_start_date()
    {
        Assert.Equal("令和5年6月23日（2023年）", JapaneseDate.FormatRange(new DateOnly(2023, 6, 23), null, "ja"));
    }
}

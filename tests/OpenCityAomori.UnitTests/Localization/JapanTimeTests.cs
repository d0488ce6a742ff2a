using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.UnitTests.Localization;

public sealed class JapanTimeTests
{
    [Fact]
    public void Times_are_shown_nine_hours_ahead_of_utc_and_a_missing_time_as_a_dash()
    {
        var utc = new DateTime(2026, 11, 28, 15, 30, 5, DateTimeKind.Utc);

        Assert.Equal("2026-11-29 00:30", JapanTime.Format(utc));
        Assert.Equal("2026-11-29 00:30:05", JapanTime.Format(utc, seconds: true));
        Assert.Equal("—", JapanTime.Format((DateTime?)null));
        Assert.Equal(new DateOnly(2026, 11, 29), JapanTime.Day(utc));
    }

    [Fact]
    public void A_japanese_day_runs_from_15_00_utc_the_day_before_to_15_00_utc()
    {
        var day = new DateOnly(2026, 11, 29);

        Assert.Equal(new DateTime(2026, 11, 28, 15, 0, 0, DateTimeKind.Utc), JapanTime.StartOfDayUtc(day));
        Assert.Equal(new DateTime(2026, 11, 29, 15, 0, 0, DateTimeKind.Utc), JapanTime.EndOfDayUtc(day));
        Assert.Equal(DateTimeKind.Utc, JapanTime.StartOfDayUtc(day).Kind);
    }

    [Fact]
    public void The_first_and_last_representable_days_do_not_overflow()
    {
        Assert.Equal(DateTime.MinValue, JapanTime.StartOfDayUtc(DateOnly.MinValue));
        Assert.Equal(DateTime.MaxValue, JapanTime.EndOfDayUtc(DateOnly.MaxValue));
    }
}

using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class IsoTimerTests
{
    [Theory]
    [InlineData("2026-04-01T09:00:00+09:00", "2026-04-01T00:00:00Z")]
    [InlineData("2026-04-01T00:00:00Z", "2026-04-01T00:00:00Z")]
    [InlineData("2026-04-01T09:00:00", "2026-04-01T00:00:00Z")]
    [InlineData("2026-04-01T09:00", "2026-04-01T00:00:00Z")]
    [InlineData("2026-04-01", "2026-03-31T15:00:00Z")]
    [InlineData("2026-04-01T04:00:00-05:00", "2026-04-01T09:00:00Z")]
    public void A_date_without_an_offset_is_japan_time(string text, string utc)
    {
        Assert.True(IsoTimer.TryParseDate(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("next monday")]
    [InlineData("04/01/2026")]
    [InlineData("")]
    public void Text_that_is_not_an_iso_date_is_refused(string text) =>
        Assert.False(IsoTimer.TryParseDate(text, out _));
}

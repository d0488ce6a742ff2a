using OpenCityAomori.Modules.Notifications.Services;

namespace OpenCityAomori.UnitTests.Notifications;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Default = new EmailOptions().Schedule;

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(50, 3600)]
    public void Delay_doubles_after_each_failure_up_to_the_cap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Default.DelayAfter(attempts));

    [Fact]
    public void Default_gives_up_after_eight_attempts()
    {
        Assert.Equal(8, Default.MaxAttempts);
        Assert.False(Default.IsExhausted(7));
        Assert.True(Default.IsExhausted(8));
    }

    [Fact]
    public void Sub_second_settings_are_honoured_for_tests_and_a_zero_limit_still_allows_one_attempt()
    {
        var fast = new RetrySchedule(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), 0);
        Assert.Equal(TimeSpan.FromMilliseconds(400), fast.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(1), fast.DelayAfter(10));
        Assert.True(fast.IsExhausted(1));
        Assert.False(fast.IsExhausted(0));
    }
}

using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>Durations in days and weeks run on the city's business-day clock; hours and minutes stay elapsed time.</summary>
public sealed class EngineBusinessDayTests
{
    [Theory]
    [InlineData("P10D", "2026-05-18T09:00")] // from Tuesday 28 April: 昭和の日 and Golden Week (5/3–5/6) skipped
    [InlineData("P2W", "2026-05-18T09:00")] // two working weeks are the same ten business days
    [InlineData("P1D", "2026-04-30T09:00")]
    [InlineData("PT48H", "2026-04-30T09:00")] // elapsed: 29 April is a holiday, but hours are hours
    [InlineData("PT72H", "2026-05-01T09:00")]
    [InlineData("P1DT12H", "2026-04-29T21:00")]
    public async Task A_tasks_due_date_counts_business_days_for_days_and_weeks(string dueIn, string expectedJst)
    {
        await using var h = new WorkflowHarness();
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 28, 9, 0, 0, TimeSpan.FromHours(9)));
        await h.DeployAsync("due", OneTask("E", ("role", "DeskStaff"), ("dueIn", dueIn)));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        var task = Assert.Single((await h.InstanceAsync(id)).Tasks);

        Assert.Equal(Jst(expectedJst), task.DueUtc);
    }

    [Fact]
    public async Task A_timer_in_days_waits_over_the_weekend_and_holidays()
    {
        await using var h = new WorkflowHarness();
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(9)));
        await h.DeployAsync("t", Definitions(
            MessageStart("start", "E") + TimerCatch("wait", "timeDuration", "P1D") + End() + Flow("f1", "start", "wait") + Flow("f2", "wait", "end"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        Assert.Equal(Jst("2026-05-07T10:00"), Assert.Single((await h.InstanceAsync(id)).Waits).DueUtc);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(5)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));
        Assert.Equal(InstanceStatus.Completed, (await h.InstanceAsync(id)).Instance.Status);
    }

    [Fact]
    public async Task A_daily_reminder_cycle_reminds_on_business_days_only()
    {
        await using var h = new WorkflowHarness();
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(9)));
        await h.DeployAsync("r", Definitions(
            MessageStart("start", "E") + UserTask("review", ("role", "DepartmentStaff")) + BoundaryTimer("remind", "review", "timeCycle", "R3/P1D", interrupting: false)
            + End() + End("reminded") + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "remind", "reminded"), "E"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1))); // Friday 3 April
        Assert.Equal(Jst("2026-04-06T09:00"), Assert.Single((await h.InstanceAsync(id)).Waits).DueUtc); // then Monday
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(2)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(1)));
    }

    [Theory]
    [InlineData("P10D", 10)]
    [InlineData("P2W", 10)]
    [InlineData("P1W2D", 7)]
    [InlineData(" P3D ", 3)]
    public void Days_and_weeks_are_business_days(string text, int days)
    {
        Assert.True(IsoTimer.TryParseBusinessDays(text, out var parsed));
        Assert.Equal(days, parsed);
        Assert.True(IsoTimer.TryParseDuration(text, out _));
    }

    [Theory]
    [InlineData("PT48H")]
    [InlineData("P1DT12H")]
    [InlineData("P1M")]
    [InlineData("P0D")]
    [InlineData("P")]
    [InlineData("P1234567D")]
    [InlineData("10D")]
    public void Other_durations_are_not_business_days(string text) =>
        Assert.False(IsoTimer.TryParseBusinessDays(text, out _));

    [Fact]
    public void A_week_is_seven_days_of_elapsed_time_where_it_is_elapsed()
    {
        Assert.True(IsoTimer.TryParseDuration("P2W", out var twoWeeks));
        Assert.Equal(TimeSpan.FromDays(14), twoWeeks);
        Assert.True(IsoTimer.TryParseCycle("R/P1W", out _, out _, out var weekly));
        Assert.Equal(TimeSpan.FromDays(7), weekly);
    }

    private static DateTime Jst(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture) - TimeSpan.FromHours(9), DateTimeKind.Utc);
}

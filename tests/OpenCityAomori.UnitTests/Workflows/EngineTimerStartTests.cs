using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>Timer start events: a published definition starts itself at a date or on a cycle.</summary>
public sealed class EngineTimerStartTests
{
    private static string Scheduled(string kind, string value) => Definitions(
        TimerStart(kind, value) + UserTask("report", ("role", "DeskStaff")) + End() + Flow("f1", "start", "report") + Flow("f2", "report", "end"));

    [Fact]
    public async Task A_date_starts_one_instance_when_it_is_due_and_never_again()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("monthly-report", Scheduled("timeDate", "2026-04-02T09:00:00+09:00"));
        var listed = Assert.Single(await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ListAsync()));
        Assert.Equal(new DateTime(2026, 4, 2, 0, 0, 0, DateTimeKind.Utc), listed.NextScheduledStartUtc);

        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(23)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromDays(40)));
        Assert.Null(Assert.Single(await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ListAsync())).NextScheduledStartUtc);

        var instance = Assert.Single((await ListAsync(h)).Items);
        Assert.Equal("schedule:monthly-report:20260402T000000Z", instance.BusinessKey);
        Assert.Equal(["report"], (await h.InstanceAsync(instance.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task A_cycle_starts_an_instance_each_period_until_its_repetitions_run_out()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("hourly", Scheduled("timeCycle", "R2/PT1H"));

        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(5)));

        Assert.Equal(2, (await ListAsync(h)).Total);
    }

    [Fact]
    public async Task A_weekly_cycle_keeps_its_weekday_and_hour_even_after_the_nodes_were_down()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("weekly", Scheduled("timeCycle", "R/2026-03-30T09:00:00+09:00/P7D"));
        var next = async () => Assert.Single(await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ListAsync())).NextScheduledStartUtc;

        Assert.Equal(new DateTime(2026, 4, 6, 0, 0, 0, DateTimeKind.Utc), await next());
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(5)));
        Assert.Equal(new DateTime(2026, 4, 13, 0, 0, 0, DateTimeKind.Utc), await next());

        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromDays(20)));
        Assert.Equal(new DateTime(2026, 4, 27, 0, 0, 0, DateTimeKind.Utc), await next());
    }

    [Fact]
    public async Task Publishing_a_new_version_replaces_the_schedule_of_the_old_one()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("digest", Scheduled("timeCycle", "R/PT1H"));
        await h.DeployAsync("digest", Scheduled("timeCycle", "R/PT3H"));

        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromHours(2)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));

        Assert.Equal(2, Assert.Single((await ListAsync(h)).Items).DefinitionVersion);
    }

    [Fact]
    public async Task Publishing_the_same_schedule_again_does_not_start_it_twice()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("once", Scheduled("timeDuration", "PT30M"));
        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().PublishAsync("once", 1, "tester"));

        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(1, (await ListAsync(h)).Total);
    }

    private static Task<InstancePage> ListAsync(WorkflowHarness h) =>
        h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceQuery>().ListAsync(new InstanceFilter()));
}

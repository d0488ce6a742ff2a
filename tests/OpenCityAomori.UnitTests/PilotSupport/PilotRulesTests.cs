using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.PilotSupport;

/// <summary>The pilot's status rules, its checklist's default due dates and the form's reading of dates and yen.</summary>
public sealed class PilotRulesTests
{
    [Fact]
    public void A_pilot_goes_forward_one_step_at_a_time_is_completed_only_by_its_report_and_ends_at_completed_or_cancelled()
    {
        Assert.Equal([PilotStatus.Running, PilotStatus.Cancelled], PilotStatusRules.Next(PilotStatus.Preparing));
        Assert.Equal([PilotStatus.AwaitingReport, PilotStatus.Cancelled], PilotStatusRules.Next(PilotStatus.Running));
        Assert.Equal([PilotStatus.Cancelled], PilotStatusRules.Next(PilotStatus.AwaitingReport));
        Assert.Empty(PilotStatusRules.Next(PilotStatus.Completed));
        Assert.Empty(PilotStatusRules.Next(PilotStatus.Cancelled));
    }

    [Fact]
    public void Starting_needs_the_period_and_the_public_summary_waiting_for_the_report_needs_the_pilot_held_and_cancelling_a_reason()
    {
        using var culture = UiCulture.Use("ja");
        var pilot = new Pilot { Status = PilotStatus.Preparing, Checklist = PilotChecklist.Create() };
        Assert.Contains("実施期間", PilotStatusRules.Refusal(pilot, PilotStatus.Running, null), StringComparison.Ordinal);
        (pilot.StartDate, pilot.EndDate) = (new(2027, 5, 10), new(2027, 5, 20));
        Assert.Contains("公開用の概要", PilotStatusRules.Refusal(pilot, PilotStatus.Running, null), StringComparison.Ordinal);
        pilot.SummaryJa = "概要";
        Assert.Null(PilotStatusRules.Refusal(pilot, PilotStatus.Running, null));
        Assert.Contains("には変更できません", PilotStatusRules.Refusal(pilot, PilotStatus.AwaitingReport, null), StringComparison.Ordinal);

        pilot.Status = PilotStatus.Running;
        Assert.Contains("実施・立ち会い", PilotStatusRules.Refusal(pilot, PilotStatus.AwaitingReport, null), StringComparison.Ordinal);
        pilot.Checklist.Single(i => i.Step == PilotStep.Conduct).CompletedUtc = DateTime.UtcNow;
        Assert.Null(PilotStatusRules.Refusal(pilot, PilotStatus.AwaitingReport, null));
        Assert.Contains("中止の理由", PilotStatusRules.Refusal(pilot, PilotStatus.Cancelled, "  "), StringComparison.Ordinal);
        Assert.Null(PilotStatusRules.Refusal(pilot, PilotStatus.Cancelled, "天候不良"));
        Assert.Contains("には変更できません", PilotStatusRules.Refusal(pilot, PilotStatus.Completed, null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_due_dates_count_from_the_period_and_fall_back_to_the_business_day_before_a_closed_day()
    {
        var pilot = new Pilot { StartDate = new(2027, 5, 10), EndDate = new(2027, 5, 20), Checklist = PilotChecklist.Create() };
        pilot.Checklist.Single(i => i.Step == PilotStep.Permits).DueOn = new(2027, 4, 1);
        pilot.Checklist.Single(i => i.Step == PilotStep.Conduct).CompletedUtc = DateTime.UtcNow;

        await PilotChecklist.FillDueDatesAsync(pilot, recompute: false, new DefaultBusinessCalendar(), CancellationToken.None);
        Assert.Equal(
            ["2027-04-09", "2027-04-09", "2027-04-01", "2027-04-30", null, "2027-06-18", "2027-06-29"],
            pilot.Checklist.Select(i => i.DueOn?.ToString("yyyy-MM-dd")));

        await PilotChecklist.FillDueDatesAsync(pilot, recompute: true, new DefaultBusinessCalendar(), CancellationToken.None);
        Assert.Equal("2027-04-26", pilot.Checklist.Single(i => i.Step == PilotStep.Permits).DueOn?.ToString("yyyy-MM-dd"));
        Assert.Null(pilot.Checklist.Single(i => i.Step == PilotStep.Conduct).DueOn);
    }

    [Theory]
    [InlineData("2027-05-10", "2027-05-10")]
    [InlineData("２０２７/５/１０", "2027-05-10")]
    [InlineData(" ", null)]
    public void Dates_are_read_as_typed_in_half_or_full_width(string text, string? expected)
    {
        Assert.True(PilotForm.TryDay(text, out var day));
        Assert.Equal(expected, day?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("３００，０００円", 300_000L, true)]
    [InlineData("", null, true)]
    [InlineData("-5", null, false)]
    [InlineData("三十万", null, false)]
    [InlineData("1.5", null, false)]
    public void Yen_are_whole_amounts_with_commas_and_yen_sign_allowed(string text, long? expected, bool valid)
    {
        Assert.Equal(valid, PilotForm.TryYen(text, out var yen));
        Assert.Equal(expected, yen);
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("来週")]
    public void An_impossible_or_unreadable_date_is_refused(string text) => Assert.False(PilotForm.TryDay(text, out _));
}

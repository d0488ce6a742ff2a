using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// The coordination checklist of the seed's 実証実験サポート flow: each step in the lane the flow draws it in (the portal's
/// flow page shows the same lanes) and its default due date, counted in days from the pilot's period.
/// </summary>
internal static class PilotChecklist
{
    /// <summary>Step, owner, and the due date's offset in days from the start (<c>FromEnd</c> false) or the end.</summary>
    public static readonly IReadOnlyList<(PilotStep Step, ChecklistOwner Owner, bool FromEnd, int Days)> Steps =
    [
        (PilotStep.LandOwners, ChecklistOwner.Desk, false, -30),
        (PilotStep.LocalStakeholders, ChecklistOwner.Desk, false, -30),
        (PilotStep.Permits, ChecklistOwner.Proposer, false, -14),
        (PilotStep.LocalNotice, ChecklistOwner.Proposer, false, -7),
        (PilotStep.Conduct, ChecklistOwner.Department, true, 0),
        (PilotStep.ReportWriting, ChecklistOwner.Proposer, true, 30),
        (PilotStep.ReportReceipt, ChecklistOwner.Department, true, 40),
    ];

    public static List<PilotChecklistItem> Create() =>
        Steps.Select(s => new PilotChecklistItem { Step = s.Step, Owner = s.Owner }).ToList();

    public static ChecklistOwner OwnerOf(PilotStep step) => Steps.First(s => s.Step == step).Owner;

    /// <summary>The default due date from the period, on a business day (the one before, when it falls on a closed day); null without the period.</summary>
    public static async Task<DateOnly?> DefaultDueAsync(PilotStep step, DateOnly? start, DateOnly? end, IBusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var rule = Steps.First(s => s.Step == step);
        if ((rule.FromEnd ? end : start) is not { } from)
        {
            return null;
        }

        var due = from.AddDays(rule.Days);
        for (var tries = 0; tries < 14 && !await calendar.IsBusinessDayAsync(due, cancellationToken); tries++)
        {
            due = due.AddDays(-1);
        }

        return due;
    }

    /// <summary>Sets the due dates of open items from the period: only those without one, or all open ones when <paramref name="recompute"/>.</summary>
    public static async Task FillDueDatesAsync(Pilot pilot, bool recompute, IBusinessCalendar calendar, CancellationToken cancellationToken)
    {
        foreach (var item in pilot.Checklist.Where(i => !i.IsDone && (recompute || i.DueOn is null)))
        {
            item.DueOn = await DefaultDueAsync(item.Step, pilot.StartDate, pilot.EndDate, calendar, cancellationToken) ?? item.DueOn;
        }
    }

    /// <summary>Whether the step's reminder applies while the pilot has this status (the report only once it was asked for).</summary>
    public static bool RemindsIn(PilotStep step, PilotStatus status) => step is PilotStep.ReportWriting or PilotStep.ReportReceipt
        ? status == PilotStatus.AwaitingReport
        : status is PilotStatus.Preparing or PilotStatus.Running;
}

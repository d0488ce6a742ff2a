using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>Due times of ISO 8601 timers: the first one, and the next of a cycle.</summary>
internal static class TimerSchedule
{
    /// <summary>The first due time of <paramref name="expression"/> (already substituted); false when it is not valid for its kind.</summary>
    public static bool TryFirstDue(TimerKind kind, string expression, DateTime fromUtc, out (DateTime Due, int? Repetitions, string? Cycle) due)
    {
        switch (kind)
        {
            case TimerKind.Duration when IsoTimer.TryParseDuration(expression, out var duration):
                due = (fromUtc + duration, null, null);
                return true;
            case TimerKind.Date when IsoTimer.TryParseDate(expression, out var date):
                due = (date.UtcDateTime, null, null);
                return true;
            case TimerKind.Cycle when IsoTimer.TryParseCycle(expression, out var repetitions, out var start, out var period):
                due = (start is { } first ? NotBefore(first.UtcDateTime, period, fromUtc) : fromUtc + period, repetitions, expression);
                return true;
            default:
                due = default;
                return false;
        }
    }

    /// <summary>
    /// After a cycle fired at <paramref name="dueUtc"/>: the next due time and remaining repetitions (-1 = unbounded),
    /// or false when it was the last. A cycle that fell behind (the node was down) resumes one period from now.
    /// </summary>
    public static bool TryNext(DateTime dueUtc, int? remaining, string? cycle, DateTime nowUtc, out DateTime next, out int nextRemaining)
    {
        next = default;
        nextRemaining = 0;
        if (remaining is not { } left || left == 1 || !IsoTimer.TryParseCycle(cycle, out _, out _, out var period))
        {
            return false;
        }

        next = NotBefore(dueUtc + period, period, nowUtc);
        nextRemaining = left < 0 ? -1 : left - 1;
        return true;
    }

    /// <summary>
    /// The first occurrence of the cycle at or after <paramref name="notBeforeUtc"/>: a cycle that started in
    /// the past, or fell behind while no node ran, keeps its rhythm ("every Monday at 9:00") instead of drifting.
    /// </summary>
    private static DateTime NotBefore(DateTime occurrenceUtc, TimeSpan period, DateTime notBeforeUtc)
    {
        if (occurrenceUtc >= notBeforeUtc || period <= TimeSpan.Zero)
        {
            return occurrenceUtc;
        }

        var periods = (long)Math.Ceiling((notBeforeUtc - occurrenceUtc).Ticks / (double)period.Ticks);
        return occurrenceUtc + TimeSpan.FromTicks(period.Ticks * periods);
    }
}

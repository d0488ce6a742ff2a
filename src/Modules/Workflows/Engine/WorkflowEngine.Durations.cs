using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    /// <summary>
    /// The moment a duration after <paramref name="fromUtc"/>, on the city's one clock: whole days and weeks (P10D, P2W)
    /// count business days, so deadlines skip weekends, holidays and 年末年始; a duration with hours or minutes
    /// (PT48H) is elapsed time. Null when the text is not a duration.
    /// </summary>
    private async ValueTask<DateTime?> AfterAsync(DateTime fromUtc, string text, CancellationToken cancellationToken)
    {
        if (IsoTimer.TryParseBusinessDays(text, out var days))
        {
            return await calendar.AddBusinessDaysAsync(fromUtc, days, cancellationToken);
        }

        return IsoTimer.TryParseDuration(text, out var elapsed) ? fromUtc + elapsed : null;
    }
}

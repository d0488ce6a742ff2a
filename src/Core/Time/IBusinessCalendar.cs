namespace OpenCityAomori.Core.Time;

/// <summary>
/// The city's one working-day clock. Weekends, national holidays, 年末年始 and the city's own closed days
/// are not business days; deadlines counted in days skip them, while intake stays open at all hours.
/// Implemented once (Admin, from the site's calendar settings); Workflows, Proposals and the scheme modules use it.
/// </summary>
public interface IBusinessCalendar
{
    /// <summary>Whether the date (in Japan time) is a working day of the city.</summary>
    ValueTask<bool> IsBusinessDayAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>
    /// The moment <paramref name="days"/> business days after <paramref name="fromUtc"/>: the same Japan time of day
    /// on the n-th following business day. A start on a closed day counts from the next business day (so 0 days from a
    /// Saturday is the Monday, 1 day the Tuesday). <paramref name="days"/> must not be negative.
    /// </summary>
    ValueTask<DateTime> AddBusinessDaysAsync(DateTime fromUtc, int days, CancellationToken cancellationToken = default);
}

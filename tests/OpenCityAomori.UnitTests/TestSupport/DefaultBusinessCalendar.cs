using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.Admin.Services;

namespace OpenCityAomori.UnitTests.TestSupport;

/// <summary>Admin's calendar rules as a site starts with them (weekends, national holidays, 年末年始), without Admin's database.</summary>
internal sealed class DefaultBusinessCalendar : IBusinessCalendar
{
    public ValueTask<bool> IsBusinessDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(CalendarRules.Default.IsBusinessDay(date));

    public ValueTask<DateTime> AddBusinessDaysAsync(DateTime fromUtc, int days, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(CalendarRules.Default.AddBusinessDays(fromUtc, days));
}

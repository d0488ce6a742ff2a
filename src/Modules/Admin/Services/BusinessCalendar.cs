using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Models;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>
/// The city's business-day clock from the calendar settings. Every deadline asks it, so the rules are cached; a save
/// evicts them on this node, other nodes follow within the cache's lifetime.
/// </summary>
internal sealed class BusinessCalendar(AdminDbContext db, IMemoryCache cache, TimeProvider clock) : IBusinessCalendar
{
    private const string CacheKey = "business-calendar";

    public async ValueTask<bool> IsBusinessDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await GetRulesAsync(cancellationToken)).IsBusinessDay(date);

    public async ValueTask<DateTime> AddBusinessDaysAsync(DateTime fromUtc, int days, CancellationToken cancellationToken = default) =>
        (await GetRulesAsync(cancellationToken)).AddBusinessDays(fromUtc, days);

    public async ValueTask<CalendarRules> GetRulesAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out CalendarRules? cached) && cached is not null)
        {
            return cached;
        }

        var record = await db.BusinessCalendar.AsNoTracking().FirstOrDefaultAsync(r => r.Id == BusinessCalendarRecord.SingletonId, cancellationToken);
        var closedDays = await db.ClosedDays.AsNoTracking().ToDictionaryAsync(d => d.Date, d => d.Note, cancellationToken);
        var rules = record is null ? CalendarRules.Default with { ClosedDays = closedDays } : ToRules(record, closedDays);
        cache.Set(CacheKey, rules, TimeSpan.FromSeconds(30));
        return rules;
    }

    public async Task SaveAsync(CalendarRules rules, CancellationToken cancellationToken = default)
    {
        var record = await db.BusinessCalendar.FirstOrDefaultAsync(r => r.Id == BusinessCalendarRecord.SingletonId, cancellationToken);
        if (record is null)
        {
            record = new BusinessCalendarRecord { ClosedWeekdays = string.Empty };
            db.BusinessCalendar.Add(record);
        }

        var weekdays = string.Join(",", rules.ClosedWeekdays.Select(d => (int)d).Order());
        var (from, to) = rules.YearEnd is { } y ? (YearEndRange.Stored(y.FromMonth, y.FromDay), YearEndRange.Stored(y.ToMonth, y.ToDay)) : (null, null);
        if (db.Entry(record).State == EntityState.Added || record.ClosedWeekdays != weekdays || record.NationalHolidaysClosed != rules.NationalHolidaysClosed
            || record.YearEndFrom != from || record.YearEndTo != to)
        {
            (record.ClosedWeekdays, record.NationalHolidaysClosed, record.YearEndFrom, record.YearEndTo) = (weekdays, rules.NationalHolidaysClosed, from, to);
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }

        // Day by day, so the audit trail names each closed day added, changed or removed.
        var existing = await db.ClosedDays.ToListAsync(cancellationToken);
        db.ClosedDays.RemoveRange(existing.Where(d => !rules.ClosedDays.ContainsKey(d.Date)));
        foreach (var (date, note) in rules.ClosedDays)
        {
            if (existing.Find(d => d.Date == date) is { } day)
            {
                day.Note = note;
            }
            else
            {
                db.ClosedDays.Add(new ClosedDayRecord { Date = date, Note = note });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
    }

    private static CalendarRules ToRules(BusinessCalendarRecord record, Dictionary<DateOnly, string> closedDays)
    {
        var weekdays = record.ClosedWeekdays.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => (DayOfWeek)int.Parse(d, CultureInfo.InvariantCulture)).ToHashSet();
        YearEndRange? yearEnd = YearEndRange.TryParseMonthDay(record.YearEndFrom, out var fm, out var fd) && YearEndRange.TryParseMonthDay(record.YearEndTo, out var tm, out var td)
            ? new YearEndRange(fm, fd, tm, td)
            : null;
        return new CalendarRules(weekdays, record.NationalHolidaysClosed, yearEnd, closedDays);
    }
}

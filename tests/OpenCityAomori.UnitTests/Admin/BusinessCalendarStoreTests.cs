using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Services;

namespace OpenCityAomori.UnitTests.Admin;

/// <summary>Admin's calendar on its own migrated tables (SQLite in memory): defaults, saving, the cache and the recipe step.</summary>
public sealed class BusinessCalendarStoreTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly MemoryCache cache = new(new MemoryCacheOptions());
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    public BusinessCalendarStoreTests()
    {
        connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    [Fact]
    public async Task A_new_site_closes_on_weekends_holidays_and_the_year_end()
    {
        await using var db = Context();
        var calendar = new BusinessCalendar(db, cache, clock);

        Assert.False(await calendar.IsBusinessDayAsync(new(2026, 4, 29)));
        Assert.False(await calendar.IsBusinessDayAsync(new(2027, 1, 2)));
        Assert.True(await calendar.IsBusinessDayAsync(new(2026, 4, 30)));
        Assert.Equal(new DateTime(2026, 4, 8, 0, 0, 0, DateTimeKind.Utc), await calendar.AddBusinessDaysAsync(clock.GetUtcNow().UtcDateTime, 5));
    }

    [Fact]
    public async Task Saving_replaces_the_closed_days_and_evicts_the_cached_rules()
    {
        await using (var db = Context())
        {
            var calendar = new BusinessCalendar(db, cache, clock);
            Assert.True(await calendar.IsBusinessDayAsync(new(2026, 8, 13))); // cached from here on
            await calendar.SaveAsync(CalendarRules.Default with { ClosedDays = Days((new(2026, 8, 13), "市の休庁日"), (new(2026, 8, 14), "")) });
            Assert.False(await calendar.IsBusinessDayAsync(new(2026, 8, 13)));
        }

        await using (var db = Context())
        {
            var calendar = new BusinessCalendar(db, cache, clock);
            await calendar.SaveAsync(CalendarRules.Default with { NationalHolidaysClosed = false, YearEnd = null, ClosedDays = Days((new(2026, 8, 14), "お盆")) });
        }

        cache.Clear();
        await using var reader = Context();
        var rules = await new BusinessCalendar(reader, cache, clock).GetRulesAsync();
        Assert.Equal([(new DateOnly(2026, 8, 14), "お盆")], rules.ClosedDays.Select(d => (d.Key, d.Value)));
        Assert.False(rules.NationalHolidaysClosed);
        Assert.Null(rules.YearEnd);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], rules.ClosedWeekdays.Order());
    }

    [Fact]
    public async Task The_recipe_step_sets_the_calendar_once_and_refuses_what_the_page_would()
    {
        var step = JsonDocument.Parse("""
            {"name":"businessCalendar","closedWeekdays":["Sunday"],"nationalHolidays":true,"yearEndFrom":"12/30","yearEndTo":"1/3","closedDays":["2026-08-13 市の休庁日"]}
            """).RootElement;
        await using (var db = Context())
        {
            await new BusinessCalendarRecipeStep(db, new BusinessCalendar(db, cache, clock)).ExecuteAsync(new RecipeStepContext(step, "."), CancellationToken.None);
        }

        await using (var db = Context())
        {
            // Run again with other values: the calendar an administrator may have changed since is kept.
            var again = JsonDocument.Parse("""{"name":"businessCalendar","closedWeekdays":["Saturday","Sunday"]}""").RootElement;
            await new BusinessCalendarRecipeStep(db, new BusinessCalendar(db, cache, clock)).ExecuteAsync(new RecipeStepContext(again, "."), CancellationToken.None);
        }

        cache.Clear();
        await using (var db = Context())
        {
            var rules = await new BusinessCalendar(db, cache, clock).GetRulesAsync();
            Assert.Equal([DayOfWeek.Sunday], rules.ClosedWeekdays);
            Assert.Equal(new YearEndRange(12, 30, 1, 3), rules.YearEnd);
            Assert.Equal("市の休庁日", rules.ClosedDays[new(2026, 8, 13)]);
        }

        using var fresh = new BusinessCalendarStoreTests();
        await using var empty = fresh.Context();
        var bad = JsonDocument.Parse("""{"name":"businessCalendar","closedWeekdays":["Sunday"],"yearEndFrom":"12/29"}""").RootElement;
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new BusinessCalendarRecipeStep(empty, new BusinessCalendar(empty, fresh.cache, fresh.clock)).ExecuteAsync(new RecipeStepContext(bad, "."), CancellationToken.None));
    }

    public void Dispose()
    {
        connection.Dispose();
        cache.Dispose();
    }

    private static Dictionary<DateOnly, string> Days(params (DateOnly Date, string Note)[] days) => days.ToDictionary(d => d.Date, d => d.Note);

    private AdminDbContext Context() => new(new DbContextOptionsBuilder<AdminDbContext>().UseSqlite(connection).Options);
}

using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Admin.Models;

/// <summary>The single row of the business calendar's settings; audited like the site settings.</summary>
internal sealed class BusinessCalendarRecord : IAuditable
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The closed days of the week as <see cref="DayOfWeek"/> numbers, comma-separated ("0,6": Sunday and Saturday).</summary>
    public required string ClosedWeekdays { get; set; }

    public bool NationalHolidaysClosed { get; set; }

    /// <summary>The first day of 年末年始 as "12-29"; null (with <see cref="YearEndTo"/>) when the city does not close.</summary>
    public string? YearEndFrom { get; set; }

    public string? YearEndTo { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

/// <summary>A day the city closes besides the rules (市の休庁日), with the reason staff gave.</summary>
internal sealed class ClosedDayRecord : IAuditable
{
    public DateOnly Date { get; set; }

    public required string Note { get; set; }
}

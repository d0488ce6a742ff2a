using Microsoft.AspNetCore.Mvc.ModelBinding;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Admin.Models;

/// <summary>The business calendar's settings as the page edits them, and the closed days the saved settings give.</summary>
internal sealed class BusinessCalendarForm
{
    /// <summary>Indexed by <see cref="DayOfWeek"/>: true when the city is closed every such day.</summary>
    public bool[] ClosedWeekdays { get; set; } = new bool[7];

    public bool NationalHolidaysClosed { get; set; }

    public string YearEndFrom { get; set; } = string.Empty;

    public string YearEndTo { get; set; } = string.Empty;

    /// <summary>One closed day a line: the date, then the reason ("2026-08-13 市の休庁日").</summary>
    public string ClosedDays { get; set; } = string.Empty;

    [BindNever]
    public IReadOnlyList<(DateOnly Date, LocalizedText Reason)> Upcoming { get; set; } = [];

    [BindNever]
    public IReadOnlyList<DayOfWeek> WeeklyClosed { get; set; } = [];
}

using System.Globalization;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// The list's query string (<c>status, department, year, q, overdue, page</c>), bound with <c>[FromQuery]</c>: the list and
/// its CSV export read and write the same filters.
/// </summary>
internal sealed class PilotQuery
{
    public string? Status { get; set; }

    public string? Department { get; set; }

    public string? Year { get; set; }

    public string? Q { get; set; }

    public bool Overdue { get; set; }

    public int Page { get; set; }

    public PilotFilter ToFilter() => new(
        Enum.TryParse<PilotStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null,
        Department,
        int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
        Q,
        Overdue,
        Page);

    /// <summary>The filter as a query string ("" or "?status=…&amp;…"), the page only when given.</summary>
    public static string QueryString(PilotFilter filter, int? page = null)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("page", page?.ToString(CultureInfo.InvariantCulture)), ("status", filter.Status?.ToString()), ("department", filter.Department),
            ("year", filter.Year?.ToString(CultureInfo.InvariantCulture)), ("q", filter.Text), ("overdue", filter.Overdue ? "true" : null),
        };
        var text = string.Join("&", pairs.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => x.Name + "=" + Uri.EscapeDataString(x.Value!)));
        return text.Length == 0 ? string.Empty : "?" + text;
    }

    public static string ListUrl(PilotFilter filter, int? page = null) => PilotRoutes.Admin + QueryString(filter, page);

    public static string ExportUrl(PilotFilter filter) => PilotRoutes.Export + QueryString(filter);
}

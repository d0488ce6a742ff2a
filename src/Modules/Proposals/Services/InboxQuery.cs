using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The inbox's query string (<c>stage, scheme, kind, department, unread, overdue, channel, q, sort, page</c>), bound with
/// <c>[FromQuery]</c>: the inbox, its CSV export and the dashboard's links read and write the same filters.
/// </summary>
internal sealed class InboxQuery
{
    public string? Stage { get; set; }

    public string? Scheme { get; set; }

    public string? Kind { get; set; }

    public string? Department { get; set; }

    public bool Unread { get; set; }

    public bool Overdue { get; set; }

    public string? Channel { get; set; }

    public string? Q { get; set; }

    public string? Sort { get; set; }

    public int Page { get; set; }

    public InboxFilter ToFilter() => new(
        Enum.TryParse<ProposalStage>(Stage, out var s) && Enum.IsDefined(s) ? s : null,
        Scheme,
        Enum.TryParse<ProposalKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null,
        Department,
        Unread,
        Q,
        Sort == "oldest",
        Page,
        Overdue,
        Enum.TryParse<ProposalChannel>(Channel, out var c) && Enum.IsDefined(c) ? c : null);

    /// <summary>The filter as a query string ("" or "?stage=…&amp;…"), the page only when given.</summary>
    public static string QueryString(InboxFilter filter, int? page = null)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("stage", filter.Stage?.ToString()), ("scheme", filter.Scheme),
            ("kind", filter.Kind?.ToString()), ("department", filter.Department), ("q", filter.Text), ("unread", filter.UnreadOnly ? "true" : null),
            ("overdue", filter.Overdue ? "true" : null), ("channel", filter.Channel?.ToString()), ("sort", filter.OldestFirst ? "oldest" : null),
        };
        var text = string.Join("&", pairs.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => x.Name + "=" + Uri.EscapeDataString(x.Value!)));
        return text.Length == 0 ? string.Empty : "?" + text;
    }

    /// <summary>The inbox showing these proposals.</summary>
    public static string InboxUrl(InboxFilter filter, int? page = null) => ProposalRoutes.AdminInbox + QueryString(filter, page);

    /// <summary>The same proposals as a CSV file.</summary>
    public static string ExportUrl(InboxFilter filter) => ProposalRoutes.AdminInbox + "/export.csv" + QueryString(filter);
}

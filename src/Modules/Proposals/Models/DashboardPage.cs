using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>One row of a dashboard table: its label, its count and the inbox showing those proposals (null: none).</summary>
internal sealed record DashboardRow(string Label, int Count, string? InboxUrl);

internal sealed class DashboardPage(
    DashboardFigures figures, IReadOnlyList<DirectoryDepartment> departments, ProposalSchemes schemes, bool scoped, IReadOnlyList<SchemeReport> schemeReports)
{
    /// <summary>The enabled schemes' own figures (agreements, pilots); shown to those who see every proposal.</summary>
    public IReadOnlyList<SchemeReport> SchemeReports => schemeReports;

    public DashboardFigures Figures => figures;

    public bool Scoped => scoped;

    public IReadOnlyList<DashboardRow> Months => [.. figures.Months.Select(m => new DashboardRow(
        Cultures.T($"{m.Month.Year}年{m.Month.Month}月", m.Month.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)), m.Count, null))];

    public IReadOnlyList<DashboardRow> Stages => [.. Enum.GetValues<ProposalStage>().Select(s => new DashboardRow(
        StageText.Stage(s, null, English), figures.Stages.GetValueOrDefault(s), InboxQuery.InboxUrl(new InboxFilter(Stage: s))))];

    public IReadOnlyList<DashboardRow> Departments => [.. figures.Departments.Select(d => new DashboardRow(
        DepartmentName(d.Key), d.Count, string.IsNullOrEmpty(d.Key) ? null : InboxQuery.InboxUrl(new InboxFilter(Department: d.Key))))];

    public IReadOnlyList<DashboardRow> Schemes => [.. figures.Schemes.Select(s => new DashboardRow(
        schemes.Find(s.Key ?? string.Empty) is { } scheme ? Cultures.T(scheme.Name.Ja, scheme.Name.En) : s.Key ?? string.Empty,
        s.Count,
        InboxQuery.InboxUrl(new InboxFilter(Scheme: s.Key))))];

    /// <summary>Overdue proposals per lead department; the unrouted ones have no inbox filter of their own.</summary>
    public IReadOnlyList<DashboardRow> Overdue => [.. figures.Overdue.Select(o => new DashboardRow(
        DepartmentName(o.Key), o.Count, string.IsNullOrEmpty(o.Key) ? null : InboxQuery.InboxUrl(new InboxFilter(Department: o.Key, Overdue: true))))];

    public string OverdueUrl => InboxQuery.InboxUrl(new InboxFilter(Overdue: true));

    public string ExportUrl => InboxQuery.ExportUrl(new InboxFilter());

    /// <summary>The median in days, one decimal (empty when nothing was answered yet).</summary>
    public string MedianDays => figures.MedianDaysToAnswer is { } days ? days.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static bool English => Cultures.Current == Cultures.English;

    private string DepartmentName(string? code) =>
        string.IsNullOrEmpty(code) ? Cultures.T("未割当", "Unassigned")
        : departments.FirstOrDefault(d => d.Code == code) is { } d ? Cultures.T(d.Name.Ja, d.Name.En) : code;
}

/// <summary>One chart and its table: <paramref name="Kind"/> is "bar" (vertical, for months) or "hbar" (categories).</summary>
internal sealed record DashboardChart(string Id, string Title, string KeyHeader, string Kind, IReadOnlyList<DashboardRow> Rows, string? CountHeader = null);

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Proposals;

/// <summary>One chart of a scheme's report, and the table beside it for screen readers: a label and a count per point.</summary>
public sealed record SchemeReportSeries(LocalizedText Title, IReadOnlyList<SchemeReportPoint> Points);

public sealed record SchemeReportPoint(LocalizedText Label, int Count);

/// <summary>A record that needs attention (an agreement due for review, a pilot with overdue checklist items).</summary>
public sealed record SchemeReportItem(string Title, string AdminPath, LocalizedText Detail, DateOnly? DueOn);

/// <summary>A scheme's figures for the proposals dashboard: charts (by status, by year), what needs attention, its CSV export.</summary>
public sealed record SchemeReport(
    LocalizedText SchemeName,
    IReadOnlyList<SchemeReportSeries> Charts,
    LocalizedText AttentionTitle,
    IReadOnlyList<SchemeReportItem> Attention,
    string CsvPath);

/// <summary>
/// Registered (scoped) by each scheme module beside its <see cref="IProposalScheme"/>; the proposals dashboard shows every
/// enabled scheme's report. Counts are over all the scheme's records (the dashboard is the desk's).
/// </summary>
public interface ISchemeReport
{
    Task<SchemeReport> BuildAsync(CancellationToken cancellationToken = default);
}

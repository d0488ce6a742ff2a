using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>A count of proposals sharing one key (a department code, a scheme id; null: none).</summary>
internal sealed record KeyCount(string? Key, int Count);

/// <summary>The month (its first day, Japan time) and the proposals submitted in it.</summary>
internal sealed record MonthCount(DateOnly Month, int Count);

internal sealed record DashboardFigures(
    IReadOnlyList<MonthCount> Months,
    IReadOnlyDictionary<ProposalStage, int> Stages,
    IReadOnlyList<KeyCount> Departments,
    IReadOnlyList<KeyCount> Schemes,
    int Answered,
    double? MedianDaysToAnswer,
    IReadOnlyList<KeyCount> Overdue)
{
    public int Total => Stages.Values.Sum();
}

/// <summary>
/// The dashboard's figures over the proposals a viewer may see (the inbox's scope), each counted by one
/// grouped query in the database; only the answered proposals' two dates are read, for their median.
/// </summary>
internal sealed class ProposalDashboard(ProposalInbox inbox, TimeProvider clock)
{
    public const int MonthsShown = 12;

    public async Task<DashboardFigures> FiguresAsync(string? departmentScope, CancellationToken cancellationToken)
    {
        var scoped = inbox.InScope(departmentScope);
        var stages = (await scoped.GroupBy(p => p.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        var departments = await scoped.GroupBy(p => p.LeadDepartmentCode).Select(g => new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var schemes = await scoped.GroupBy(p => p.Scheme).Select(g => new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var overdue = await inbox.Overdue(scoped).GroupBy(p => p.LeadDepartmentCode).Select(g => new KeyCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var answered = await scoped.Where(p => p.AnsweredUtc != null)
            .Select(p => new { p.SubmittedUtc, Answered = p.AnsweredUtc!.Value })
            .ToListAsync(cancellationToken);
        var days = answered.Select(a => Math.Max(0, (a.Answered - a.SubmittedUtc).TotalDays)).ToList();
        return new DashboardFigures(
            await MonthsAsync(scoped, cancellationToken),
            stages,
            [.. departments.OrderByDescending(d => d.Count).ThenBy(d => d.Key, StringComparer.Ordinal)],
            [.. schemes.OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal)],
            days.Count,
            Statistics.Median(days),
            [.. overdue.OrderByDescending(o => o.Count).ThenBy(o => o.Key, StringComparer.Ordinal)]);
    }

    /// <summary>The first days (Japan time) of the last <see cref="MonthsShown"/> months, this one last.</summary>
    public static IReadOnlyList<DateOnly> MonthsEndingAt(DateTime nowUtc)
    {
        var today = JapanTime.Day(nowUtc);
        var current = new DateOnly(today.Year, today.Month, 1);
        return [.. Enumerable.Range(0, MonthsShown).Select(i => current.AddMonths(i - MonthsShown + 1))];
    }

    private async Task<IReadOnlyList<MonthCount>> MonthsAsync(IQueryable<Proposal> scoped, CancellationToken cancellationToken)
    {
        var months = MonthsEndingAt(clock.GetUtcNow().UtcDateTime);
        var starts = months.Select(JapanTime.StartOfDayUtc).ToList();
        var counts = (await scoped.Where(p => p.SubmittedUtc >= starts[0]).GroupBy(MonthIndex(starts))
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        return [.. months.Select((m, i) => new MonthCount(m, counts.GetValueOrDefault(i)))];
    }

    /// <summary>
    /// p => p.SubmittedUtc &lt; starts[1] ? 0 : p.SubmittedUtc &lt; starts[2] ? 1 : … : 11, one CASE in SQL: both
    /// providers group by it without date functions, and the range condition keeps to the submission index.
    /// </summary>
    private static Expression<Func<Proposal, int>> MonthIndex(IReadOnlyList<DateTime> starts)
    {
        var proposal = Expression.Parameter(typeof(Proposal), "p");
        var submitted = Expression.Property(proposal, nameof(Proposal.SubmittedUtc));
        Expression body = Expression.Constant(starts.Count - 1);
        for (var i = starts.Count - 1; i >= 1; i--)
        {
            body = Expression.Condition(Expression.LessThan(submitted, Expression.Constant(starts[i])), Expression.Constant(i - 1), body);
        }

        return Expression.Lambda<Func<Proposal, int>>(body, proposal);
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>The list's filters, as the query string carries them.</summary>
internal sealed record PilotFilter(PilotStatus? Status = null, string? Department = null, int? Year = null, string? Text = null, bool Overdue = false, int Page = 1);

internal sealed record PilotRow(long Id, string ReceiptNumber, string Title, PilotStatus Status, string? DepartmentCode, DateOnly? StartDate, DateOnly? EndDate, int OverdueItems);

internal sealed record PilotListResult(IReadOnlyList<PilotRow> Rows, int Total, IReadOnlyDictionary<PilotStatus, int> StatusCounts, int Page, int PageSize);

/// <summary>The staff list of pilots: filtered, counted per status, paged; always within the viewer's department scope.</summary>
internal sealed class PilotList(PilotSupportDbContext db, TimeProvider clock)
{
    public const int PageSize = 30;

    public DateOnly Today => JapanTime.Day(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Open checklist items past their due date while they apply: the report's steps once the report was asked for,
    /// the others while the pilot is in preparation or running.
    /// </summary>
    public static IQueryable<PilotChecklistItem> OverdueItems(PilotSupportDbContext db, DateOnly today) =>
        db.ChecklistItems.Where(i => i.CompletedUtc == null && i.DueOn != null && i.DueOn < today
            && db.Pilots.Any(p => p.Id == i.PilotId
                && ((i.Step == PilotStep.ReportWriting || i.Step == PilotStep.ReportReceipt)
                    ? p.Status == PilotStatus.AwaitingReport
                    : p.Status == PilotStatus.Preparing || p.Status == PilotStatus.Running)));

    /// <summary>The scoped pilots matching every filter but the status (the status tabs count across statuses).</summary>
    public IQueryable<Pilot> Filtered(PilotFilter filter, string? departmentScope)
    {
        var query = PilotAccess.Within(db.Pilots.AsNoTracking(), departmentScope);
        if (filter.Department is { Length: > 0 } department)
        {
            query = query.Where(p => p.DepartmentCode == department);
        }

        if (filter.Year is { } year and > 1900 and < 3000)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            query = query.Where(p => p.StartDate >= from && p.StartDate < to);
        }

        if (filter.Overdue)
        {
            var overdue = OverdueItems(db, Today);
            query = query.Where(p => overdue.Any(i => i.PilotId == p.Id));
        }

        if (filter.Text is { Length: > 0 } text)
        {
            var t = text.Trim().ToLowerInvariant();
            query = query.Where(p => p.Title.ToLower().Contains(t) || p.TitleEn.ToLower().Contains(t) || p.ReceiptNumber.ToLower().Contains(t)
                || p.BusinessesJson.ToLower().Contains(t) || p.Place.ToLower().Contains(t));
        }

        return query;
    }

    /// <summary>The scoped pilots matching every filter, newest first.</summary>
    public IQueryable<Pilot> Matching(PilotFilter filter, string? departmentScope) =>
        WithStatus(Filtered(filter, departmentScope), filter).OrderByDescending(p => p.Id);

    public async Task<PilotListResult> ListAsync(PilotFilter filter, string? departmentScope, CancellationToken cancellationToken)
    {
        var query = Filtered(filter, departmentScope);
        var counts = (await query.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        var total = filter.Status is { } selected ? counts.GetValueOrDefault(selected) : counts.Values.Sum();
        var page = Math.Max(1, filter.Page);
        var overdue = OverdueItems(db, Today);
        var rows = await WithStatus(query, filter).OrderByDescending(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new PilotRow(p.Id, p.ReceiptNumber, p.Title, p.Status, p.DepartmentCode, p.StartDate, p.EndDate, overdue.Count(i => i.PilotId == p.Id)))
            .ToListAsync(cancellationToken);
        return new PilotListResult(rows, total, counts, page, PageSize);
    }

    private static IQueryable<Pilot> WithStatus(IQueryable<Pilot> query, PilotFilter filter) =>
        filter.Status is { } status ? query.Where(p => p.Status == status) : query;
}

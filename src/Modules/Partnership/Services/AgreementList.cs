using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>The registry's query string (<c>status, type, department, year, q, page</c>), bound with <c>[FromQuery]</c>; the list and its CSV read the same filters.</summary>
internal sealed class AgreementQuery
{
    public string? Status { get; set; }

    public string? Type { get; set; }

    public string? Department { get; set; }

    public int? Year { get; set; }

    public string? Q { get; set; }

    public int Page { get; set; }

    public AgreementStatus? StatusValue => Enum.TryParse<AgreementStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null;

    public AgreementType? TypeValue => Enum.TryParse<AgreementType>(Type, out var t) && Enum.IsDefined(t) ? t : null;

    public string Text => JapaneseInput.FoldWidth(Q ?? string.Empty).Trim();

    /// <summary>The filters as a query string ("" or "?…"), the page only when given.</summary>
    public string QueryString(int? page = null)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("page", page?.ToString(CultureInfo.InvariantCulture)), ("status", StatusValue?.ToString()), ("type", TypeValue?.ToString()),
            ("department", Department), ("year", Year?.ToString(CultureInfo.InvariantCulture)), ("q", Text),
        };
        var text = string.Join("&", pairs.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => x.Name + "=" + Uri.EscapeDataString(x.Value!)));
        return text.Length == 0 ? string.Empty : "?" + text;
    }
}

internal sealed record AgreementListResult(IReadOnlyList<Agreement> Rows, int Total, int Page, int PageSize, IReadOnlyDictionary<AgreementStatus, int> StatusCounts);

/// <summary>The registry within a department scope (null: all; empty: none), filtered and paged, newest first.</summary>
internal sealed class AgreementList(PartnershipDbContext db)
{
    public const int PageSize = 25;

    public IQueryable<Agreement> Matching(AgreementQuery query, string? scope)
    {
        var rows = AgreementAccess.Within(db.Agreements.AsNoTracking(), scope);
        if (query.StatusValue is { } status)
        {
            rows = rows.Where(a => a.Status == status);
        }

        if (query.TypeValue is { } type)
        {
            rows = rows.Where(a => a.Type == type);
        }

        if (query.Department is { Length: > 0 } department)
        {
            rows = rows.Where(a => a.DepartmentCode == department);
        }

        if (query.Year is { } year and > 1900 and < 3000)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(a => (a.SignedOn != null && a.SignedOn >= from && a.SignedOn <= to)
                || (a.SignedOn == null && a.TermStart != null && a.TermStart >= from && a.TermStart <= to));
        }

        if (query.Text is { Length: > 0 } text)
        {
            rows = rows.Where(a => a.Title.Contains(text) || a.TitleEn.Contains(text) || a.PartnersJson.Contains(text) || a.ReceiptNumber.Contains(text));
        }

        return rows;
    }

    public async Task<AgreementListResult> ListAsync(AgreementQuery query, string? scope, CancellationToken cancellationToken)
    {
        var matching = Matching(query, scope);
        var total = await matching.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await matching.OrderByDescending(a => a.UpdatedUtc).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var counts = await AgreementAccess.Within(db.Agreements, scope).GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new(rows, total, page, PageSize, counts.ToDictionary(c => c.Key, c => c.Count));
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The inbox's filters, as the query string carries them.</summary>
internal sealed record InboxFilter(
    ProposalStage? Stage = null,
    string? Scheme = null,
    ProposalKind? Kind = null,
    string? Department = null,
    bool UnreadOnly = false,
    string? Text = null,
    bool OldestFirst = false,
    int Page = 1,
    bool Overdue = false,
    ProposalChannel? Channel = null);

internal sealed record InboxRow(long Id, string ReceiptNumber, string Title, ProposalStage Stage, string Scheme, ProposalKind Kind, string? LeadDepartmentCode, DateTime SubmittedUtc, int UnreadReplies, DateTime? ReplyDueUtc);

internal sealed record InboxResult(IReadOnlyList<InboxRow> Rows, int Total, IReadOnlyDictionary<ProposalStage, int> StageCounts, int Page, int PageSize);

/// <summary>The staff inbox: filtered, counted per stage, paged; always within the viewer's department scope.</summary>
internal sealed class ProposalInbox(ProposalsDbContext db, TimeProvider clock)
{
    public const int PageSize = 30;

    /// <summary>Bounded so that it fits a B-tree index entry on PostgreSQL even in three-byte characters.</summary>
    public const int SearchTextLength = 700;

    public static string SearchTextOf(string receiptNumber, string title, IEnumerable<string> organizations)
    {
        var text = $"{receiptNumber} {title} {string.Join(' ', organizations)}".ToLowerInvariant();
        return text.Length > SearchTextLength ? text[..SearchTextLength] : text;
    }

    /// <summary>The proposals a viewer may see: all (null scope), those routed to one department (lead or 照会), or none (empty scope).</summary>
    public IQueryable<Proposal> InScope(string? departmentScope) => ProposalAccess.Within(db, db.Proposals.AsNoTracking(), departmentScope);

    /// <summary>Something is past its deadline: the proposer's reply, the department's review (as the flow set it), or a 照会's answer.</summary>
    public IQueryable<Proposal> Overdue(IQueryable<Proposal> query)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return query.Where(p => (p.Stage == ProposalStage.AwaitingProposer && p.ReplyDueUtc != null && p.ReplyDueUtc < now)
            || (p.Stage == ProposalStage.DepartmentReview && p.StageDueUtc != null && p.StageDueUtc < now)
            || db.OpinionRequests.Any(o => o.ProposalId == p.Id && o.AnsweredUtc == null && o.WithdrawnUtc == null && o.DueUtc < now));
    }

    /// <summary>The scoped proposals matching every filter but the stage (the stage tabs count across stages).</summary>
    public IQueryable<Proposal> Filtered(InboxFilter filter, string? departmentScope)
    {
        var query = InScope(departmentScope);
        if (filter.Scheme is { Length: > 0 } scheme)
        {
            query = query.Where(p => p.Scheme == scheme);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.Department is { Length: > 0 } department)
        {
            query = query.Where(p => p.LeadDepartmentCode == department);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(p => p.Channel == channel);
        }

        if (filter.UnreadOnly)
        {
            query = query.Where(p => p.UnreadReplies > 0);
        }

        if (filter.Overdue)
        {
            query = Overdue(query);
        }

        if (filter.Text is { Length: > 0 } text)
        {
            var t = text.Trim().ToLowerInvariant();
            query = query.Where(p => p.SearchText.Contains(t));
        }

        return query;
    }

    /// <summary>The scoped proposals matching every filter, in the inbox's order.</summary>
    public IQueryable<Proposal> Matching(InboxFilter filter, string? departmentScope) =>
        Ordered(WithStage(Filtered(filter, departmentScope), filter), filter);

    /// <param name="departmentScope">Null: all proposals; otherwise only that department's (empty: none).</param>
    public async Task<InboxResult> ListAsync(InboxFilter filter, string? departmentScope, CancellationToken cancellationToken)
    {
        var query = Filtered(filter, departmentScope);

        // One grouped count serves the stage tabs and the total (the selected stage's count, or all).
        var counts = (await query.GroupBy(p => p.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        var total = filter.Stage is { } selected ? counts.GetValueOrDefault(selected) : counts.Values.Sum();
        var page = Math.Max(1, filter.Page);
        var rows = await Ordered(WithStage(query, filter), filter).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new InboxRow(p.Id, p.ReceiptNumber, p.Title, p.Stage, p.Scheme, p.Kind, p.LeadDepartmentCode, p.SubmittedUtc, p.UnreadReplies, p.ReplyDueUtc))
            .ToListAsync(cancellationToken);
        return new InboxResult(rows, total, counts, page, PageSize);
    }

    private static IQueryable<Proposal> WithStage(IQueryable<Proposal> query, InboxFilter filter) =>
        filter.Stage is { } stage ? query.Where(p => p.Stage == stage) : query;

    private static IQueryable<Proposal> Ordered(IQueryable<Proposal> query, InboxFilter filter) =>
        filter.OldestFirst ? query.OrderBy(p => p.SubmittedUtc).ThenBy(p => p.Id) : query.OrderByDescending(p => p.SubmittedUtc).ThenByDescending(p => p.Id);
}

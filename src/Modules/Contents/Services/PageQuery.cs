using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Published pages only: drafts never leave this module through this contract.</summary>
internal sealed class PageQuery(ContentsDbContext db) : IPageQuery
{
    public Task<PublishedPage?> GetPublishedAsync(string slug, string culture, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking()
            .Where(p => p.IsPublished && p.Slug == slug && p.Culture == culture)
            .Select(p => new PublishedPage(p.Slug, p.Culture, p.Title, p.Summary, p.BodyHtml, p.ModifiedUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedPageSummary>> ListPublishedAsync(string culture, CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking()
            .Where(p => p.IsPublished && p.Culture == culture)
            .OrderBy(p => p.MenuOrder ?? int.MaxValue).ThenBy(p => p.Title)
            .Select(p => new PublishedPageSummary(p.Slug, p.Culture, p.Title, p.Summary, p.MenuOrder))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> GetPublishedCulturesAsync(string slug, CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking()
            .Where(p => p.IsPublished && p.Slug == slug)
            .Select(p => p.Culture)
            .ToListAsync(cancellationToken);
}

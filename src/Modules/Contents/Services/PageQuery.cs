using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Published pages only: drafts never leave this module through this contract. The list of
/// published pages feeds every page's navigation (error pages included, which are not output-cached),
/// so it is kept in memory and evicted by <see cref="PageStore"/> on every save.
/// </summary>
internal sealed class PageQuery(ContentsDbContext db, IMemoryCache cache) : IPageQuery
{
    private static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(60);

    public static void EvictLists(IMemoryCache cache)
    {
        foreach (var culture in Core.Localization.Cultures.Supported)
        {
            cache.Remove(ListKey(culture));
        }
    }

    public Task<PublishedPage?> GetPublishedAsync(string slug, string culture, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking()
            .Where(p => p.IsPublished && p.Slug == slug && p.Culture == culture)
            .Select(p => new PublishedPage(p.Slug, p.Culture, p.Title, p.Summary, p.BodyHtml, p.ModifiedUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedPageSummary>> ListPublishedAsync(string culture, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(ListKey(culture), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ListLifetime;
            return (IReadOnlyList<PublishedPageSummary>)await db.Pages.AsNoTracking()
                .Where(p => p.IsPublished && p.Culture == culture)
                .OrderBy(p => p.MenuOrder ?? int.MaxValue).ThenBy(p => p.Title)
                .Select(p => new PublishedPageSummary(p.Slug, p.Culture, p.Title, p.Summary, p.MenuOrder))
                .ToListAsync(cancellationToken);
        }) ?? [];

    public async Task<IReadOnlyList<string>> GetPublishedCulturesAsync(string slug, CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking()
            .Where(p => p.IsPublished && p.Slug == slug)
            .Select(p => p.Culture)
            .ToListAsync(cancellationToken);

    private static string ListKey(string culture) => "published-pages:" + culture;
}

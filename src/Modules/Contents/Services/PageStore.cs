using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Saves pages: renders the body, keeps publication dates, and evicts cached public pages.</summary>
internal sealed class PageStore(ContentsDbContext db, MarkdownRenderer markdown, IOutputCacheStore outputCache, IMemoryCache cache, TimeProvider clock)
{
    public async Task SaveAsync(Page page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        page.BodyHtml = markdown.ToSafeHtml(page.BodyMarkdown);
        page.ModifiedUtc = now;
        if (page.IsPublished && page.PublishedUtc is null)
        {
            page.PublishedUtc = now;
        }
        else if (!page.IsPublished)
        {
            page.PublishedUtc = null;
        }

        if (db.Entry(page).State == EntityState.Detached)
        {
            page.CreatedUtc = now;
            db.Pages.Add(page);
        }

        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    public async Task DeleteAsync(Page page, CancellationToken cancellationToken = default)
    {
        db.Pages.Remove(page);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    public Task<bool> SlugTakenAsync(string slug, string culture, Guid? exceptId, CancellationToken cancellationToken = default) =>
        db.Pages.AnyAsync(p => p.Slug == slug && p.Culture == culture && p.Id != exceptId, cancellationToken);

    private async Task EvictAsync(CancellationToken cancellationToken)
    {
        PageQuery.EvictLists(cache);
        await outputCache.EvictByTagAsync(PublicCache.Tag, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Published content for the public side, kept in memory until any content changes (on this node, or on
/// another one: see <see cref="ContentChangePoller"/>). Drafts leave this class only through preview.
/// </summary>
internal sealed class ContentQuery(ContentsDbContext db, IMemoryCache cache, ContentCache signal, IContentDefinitionStore definitions) : IContentQuery
{
    public async Task<ContentItemView?> GetPublishedAsync(string contentType, string culture, string slug, CancellationToken cancellationToken)
    {
        var list = await GetListAsync(contentType, culture, cancellationToken);
        return list.BySlug.GetValueOrDefault(SlugRules.Normalize(slug));
    }

    public async Task<ContentItemView?> GetPublishedByIdAsync(string contentItemId, CancellationToken cancellationToken) =>
        (await CachedAsync("contents:id:" + contentItemId, async () =>
            (await LoadPublishedAsync(i => i.ContentItemId == contentItemId, cancellationToken)).FirstOrDefault())).Value;

    public async Task<IReadOnlyList<ContentItemView>> ListPublishedAsync(string contentType, string culture, CancellationToken cancellationToken) =>
        (await GetListAsync(contentType, culture, cancellationToken)).Items;

    public async Task<IReadOnlyList<ContentItemView>> GetPublishedTranslationsAsync(string translationGroupId, CancellationToken cancellationToken) =>
        (await CachedAsync("contents:group:" + translationGroupId, async () =>
            (IReadOnlyList<ContentItemView>)(await LoadPublishedAsync(i => i.TranslationGroupId == translationGroupId, cancellationToken))
                .OrderBy(v => v.Culture == Core.Localization.Cultures.Japanese ? 0 : 1).ToList())).Value ?? [];

    public async Task<ContentItemView?> GetVersionForPreviewAsync(long versionId, CancellationToken cancellationToken)
    {
        var row = await (from v in db.Versions.AsNoTracking()
                         join i in db.Items.AsNoTracking() on v.ContentItemId equals i.ContentItemId
                         where v.Id == versionId
                         select new { Item = i, Version = v }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ContentViews.Create(row.Item, row.Version);
    }

    private async Task<PublishedList> GetListAsync(string contentType, string culture, CancellationToken cancellationToken) =>
        (await CachedAsync($"contents:list:{contentType}:{culture}", async () =>
        {
            var type = await definitions.GetTypeAsync(contentType, cancellationToken);
            var items = ContentViews.Sort(
                await LoadPublishedAsync(i => i.ContentType == contentType && i.Culture == culture, cancellationToken), type);
            return new PublishedList(items, items.GroupBy(v => v.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        })).Value!;

    private async Task<List<ContentItemView>> LoadPublishedAsync(
        System.Linq.Expressions.Expression<Func<Models.ContentItem, bool>> filter, CancellationToken cancellationToken)
    {
        var rows = await (from i in db.Items.AsNoTracking().Where(filter)
                          join v in db.Versions.AsNoTracking() on new { Id = i.ContentItemId, Number = i.PublishedVersion } equals new { Id = v.ContentItemId, Number = (int?)v.Number }
                          select new { Item = i, Version = v }).ToListAsync(cancellationToken);
        return rows.Select(r => ContentViews.Create(r.Item, r.Version)).ToList();
    }

    private async Task<Cached<T>> CachedAsync<T>(string key, Func<Task<T>> load) =>
        (await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.AddExpirationToken(signal.Token);
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return new Cached<T>(await load());
        }))!;

    private sealed record Cached<T>(T? Value);

    private sealed record PublishedList(IReadOnlyList<ContentItemView> Items, IReadOnlyDictionary<string, ContentItemView> BySlug);
}

using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Models;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>Reads settings through a short cache (every page shows them) and evicts public pages on save.</summary>
internal sealed class SiteSettingsService(AdminDbContext db, IMemoryCache cache, IOutputCacheStore outputCache, TimeProvider clock) : ISiteSettingsService
{
    private const string CacheKey = "site-settings";

    public async ValueTask<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out SiteSettings? cached) && cached is not null)
        {
            return cached;
        }

        var record = await db.SiteSettings.FindAsync([SiteSettingsRecord.SingletonId], cancellationToken);
        var settings = record is null ? SiteSettings.Empty : JsonSerializer.Deserialize<SiteSettings>(record.Json) ?? SiteSettings.Empty;
        cache.Set(CacheKey, settings, TimeSpan.FromSeconds(30));
        return settings;
    }

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(settings);
        var record = await db.SiteSettings.FindAsync([SiteSettingsRecord.SingletonId], cancellationToken);
        if (record is null)
        {
            db.SiteSettings.Add(new SiteSettingsRecord { Json = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (record.Json != json)
        {
            record.Json = json;
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
        await outputCache.EvictByTagAsync(PublicCache.Tag, cancellationToken);
    }
}

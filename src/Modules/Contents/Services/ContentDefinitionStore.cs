using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Types declared in code by the modules' providers, each followed by the extra fields editors added.</summary>
internal sealed class ContentDefinitionStore(
    IEnumerable<IContentTypeProvider> providers, ContentsDbContext db, IMemoryCache cache, ContentCache signal) : IContentDefinitionStore
{
    private const string CacheKey = "contents:types";

    public async Task<IReadOnlyList<ContentTypeDefinition>> GetTypesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AddExpirationToken(signal.Token);
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            var extras = await db.ExtraFields.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
            return Combine(providers.SelectMany(p => p.GetTypes()), extras);
        }) ?? [];

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken) =>
        (await GetTypesAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public static IReadOnlyList<ContentTypeDefinition> Combine(IEnumerable<ContentTypeDefinition> declared, IReadOnlyList<ExtraField> extras)
    {
        var types = new List<ContentTypeDefinition>();
        foreach (var type in declared.DistinctBy(t => t.Name))
        {
            var added = extras
                .Where(e => e.ContentType == type.Name && type.Field(e.Name) is null)
                .Select(ToDefinition);
            types.Add(type with { Fields = [.. type.Fields, .. added] });
        }

        return types;
    }

    public static ContentFieldDefinition ToDefinition(ExtraField field) =>
        new(field.Name, new LocalizedText(field.LabelJa, field.LabelEn), field.Kind) { Required = field.Required, IsExtra = true };
}

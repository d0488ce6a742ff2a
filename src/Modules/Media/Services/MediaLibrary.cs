using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Models;

namespace OpenCityAomori.Modules.Media.Services;

/// <summary>The media library as other modules see it: metadata, URL and alt text, never the bytes.</summary>
internal sealed class MediaLibrary(MediaDbContext db) : IMediaLibrary
{
    public async Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? null : ToAsset(file);
    }

    public async Task<IReadOnlyList<MediaAsset>> ListAsync(CancellationToken cancellationToken)
    {
        var files = await db.Files.AsNoTracking().OrderByDescending(f => f.CreatedUtc).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return files.Select(ToAsset).ToList();
    }

    /// <summary>
    /// English alt text falls back to the Japanese one: on an English page an image described in
    /// Japanese is still described, where an empty alt would hide it from screen-reader users.
    /// </summary>
    internal static MediaAsset ToAsset(MediaFile file) => new(
        file.Id,
        file.FileName,
        file.ContentType,
        file.Length,
        MediaUrls.For(file),
        new LocalizedText(file.AltJa, string.IsNullOrWhiteSpace(file.AltEn) ? file.AltJa : file.AltEn),
        file.CreatedUtc);
}

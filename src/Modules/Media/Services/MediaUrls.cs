using System.Globalization;
using OpenCityAomori.Modules.Media.Models;

namespace OpenCityAomori.Modules.Media.Services;

internal static class MediaUrls
{
    /// <summary>The public, site-relative URL of a file: /media/{id}/{fileName}.</summary>
    public static string For(MediaFile file) => For(file.Id, file.FileName);

    public static string For(string id, string fileName) => $"/media/{id}/{Uri.EscapeDataString(fileName)}";

    /// <summary>A human size: 512 B, 12.3 KB, 4.5 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>RFC 6266/5987 value, so Japanese names survive every browser.</summary>
    public static string InlineDisposition(string fileName) => "inline; filename*=UTF-8''" + Uri.EscapeDataString(fileName);

    public static string AttachmentDisposition(string fileName) => "attachment; filename*=UTF-8''" + Uri.EscapeDataString(fileName);
}

using OpenCityAomori.Core.Files;

namespace OpenCityAomori.Modules.Media.Services;

/// <summary>A file type the library accepts: its content type, the extensions that may name it and its signature.</summary>
internal sealed record MediaFileType(string ContentType, string Label, IReadOnlyList<string> Extensions)
{
    public static readonly MediaFileType Png = new("image/png", "PNG", ["png"]);
    public static readonly MediaFileType Jpeg = new("image/jpeg", "JPEG", ["jpg", "jpeg", "jpe"]);
    public static readonly MediaFileType Gif = new("image/gif", "GIF", ["gif"]);
    public static readonly MediaFileType WebP = new("image/webp", "WebP", ["webp"]);
    public static readonly MediaFileType Pdf = new("application/pdf", "PDF", ["pdf"]);

    public static IReadOnlyList<MediaFileType> All { get; } = [Png, Jpeg, Gif, WebP, Pdf];

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public static MediaFileType? FromContentType(string contentType) =>
        All.FirstOrDefault(t => t.ContentType == contentType);

    /// <summary>
    /// The type the bytes really are, from their signature; null for anything else (SVG, HTML, text,
    /// archives…). The browser's Content-Type and the file name are never consulted.
    /// </summary>
    public static MediaFileType? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var type in All)
        {
            if (FileSignature.Matches(type.Extensions[0], content))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The lowercase extension of a client file name, without the dot; empty when it has none.</summary>
    public static string ExtensionOf(string? fileName)
    {
        var name = FileNameSanitizer.LastSegment(fileName ?? string.Empty);
        var dot = name.LastIndexOf('.');
        return dot <= 0 || dot == name.Length - 1 ? string.Empty : name[(dot + 1)..].Trim().ToLowerInvariant();
    }
}

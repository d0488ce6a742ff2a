namespace OpenCityAomori.Modules.Media.Services;

/// <summary>A file type the library accepts: its content type, the extensions that may name it and its signature.</summary>
internal sealed record MediaFileType(string ContentType, string Label, IReadOnlyList<string> Extensions)
{
    public static readonly MediaFileType Png = new("image/png", "PNG", ["png"]);
    public static readonly MediaFileType Jpeg = new("image/jpeg", "JPEG", ["jpg", "jpeg", "jpe"]);
    public static readonly MediaFileType Gif = new("image/gif", "GIF", ["gif"]);
    public static readonly MediaFileType WebP = new("image/webp", "WebP", ["webp"]);
    public static readonly MediaFileType Pdf = new("application/pdf", "PDF", ["pdf"]);

    // Not a u8 literal: "\x89" there would be encoded as the two UTF-8 bytes C2 89.
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

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
        if (content.StartsWith(PngSignature) && content.Length >= 24 && content[12..16].SequenceEqual("IHDR"u8))
        {
            return Png;
        }

        if (content.Length >= 4 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return Jpeg;
        }

        if ((content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) && content.Length >= 13)
        {
            return Gif;
        }

        if (content.Length >= 16 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)
            && (content[12..16].SequenceEqual("VP8 "u8) || content[12..16].SequenceEqual("VP8L"u8) || content[12..16].SequenceEqual("VP8X"u8)))
        {
            return WebP;
        }

        // PDF readers tolerate junk before the header; we do not, so a PDF is a PDF from its first byte.
        return content.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    /// <summary>The lowercase extension of a client file name, without the dot; empty when it has none.</summary>
    public static string ExtensionOf(string? fileName)
    {
        var name = FileNameSanitizer.LastSegment(fileName ?? string.Empty);
        var dot = name.LastIndexOf('.');
        return dot <= 0 || dot == name.Length - 1 ? string.Empty : name[(dot + 1)..].Trim().ToLowerInvariant();
    }
}

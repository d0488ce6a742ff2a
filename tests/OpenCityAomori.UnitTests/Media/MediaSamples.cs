using System.Text;

namespace OpenCityAomori.UnitTests.Media;

/// <summary>Real, minimal files of each accepted type, and impostors.</summary>
internal static class MediaSamples
{
    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A valid 1×1 GIF.</summary>
    public static byte[] Gif { get; } = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    /// <summary>The start of a JFIF JPEG (SOI, APP0).</summary>
    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>A lossless WebP header (RIFF, size, WEBP, VP8L chunk).</summary>
    public static byte[] WebP { get; } = [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8L"u8, 0x0D, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00];

    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("これは画像ではありません。just text\n");

    public static byte[] Svg { get; } = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
}

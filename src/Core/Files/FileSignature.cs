using System.Text;

namespace OpenCityAomori.Core.Files;

/// <summary>
/// The one check of uploaded files (forms, the media library, proposals): each type is recognised by
/// its first bytes and the extension of the file name must match what the bytes are, so a script
/// renamed to .pdf is refused. The browser's Content-Type is never consulted.
/// </summary>
public static class FileSignature
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pdf"] = "application/pdf",
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["txt"] = "text/plain",
        ["csv"] = "text/csv",
    };

    // Not a u8 literal: "\x89" there would be encoded as the two UTF-8 bytes C2 89.
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static bool IsKnown(string extension) => ContentTypes.ContainsKey(extension);

    /// <summary>The lowercase extension of a client file name, without the dot; empty when it has none.</summary>
    public static string ExtensionOf(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var dot = name.LastIndexOf('.');
        return dot <= 0 || dot == name.Length - 1 ? string.Empty : name[(dot + 1)..].Trim().ToLowerInvariant();
    }

    /// <summary>True when the bytes are what <paramref name="extension"/> says.</summary>
    public static bool Matches(string extension, ReadOnlySpan<byte> content) => extension switch
    {
        "pdf" => content.StartsWith("%PDF-"u8),
        "png" => content.StartsWith(Png) && content.Length >= 24 && content[12..16].SequenceEqual("IHDR"u8),
        "jpg" or "jpeg" or "jpe" => content.Length >= 4 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF,
        "gif" => (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) && content.Length >= 13,
        "webp" => content.Length >= 16 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) && IsWebPChunk(content[12..16]),
        "docx" or "xlsx" or "pptx" => content.StartsWith(Zip),
        "txt" or "csv" => IsText(content),
        _ => false,
    };

    /// <summary>A name safe in a download header and on any file system; keeps Japanese letters.</summary>
    public static string SafeName(string? fileName, string extension)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')));
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var stem = builder.ToString().Trim('.', '_');
        if (stem.Length == 0)
        {
            stem = "file";
        }

        return (stem.Length > 120 ? stem[..120] : stem) + "." + extension;
    }

    private static bool IsWebPChunk(ReadOnlySpan<byte> chunk) =>
        chunk.SequenceEqual("VP8 "u8) || chunk.SequenceEqual("VP8L"u8) || chunk.SequenceEqual("VP8X"u8);

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

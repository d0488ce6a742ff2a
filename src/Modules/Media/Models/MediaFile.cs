using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Media.Models;

/// <summary>An uploaded file's metadata; its bytes live in <see cref="MediaBlob"/> so lists never load them.</summary>
internal sealed class MediaFile : IAuditable
{
    /// <summary>32 hex digits; part of the public URL.</summary>
    public required string Id { get; set; }

    /// <summary>The sanitised name shown in the URL and the download; never used to store anything.</summary>
    public required string FileName { get; set; }

    /// <summary>Detected from the bytes, never taken from the browser.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>Lowercase hex SHA-256 of the bytes; the ETag.</summary>
    public required string Sha256 { get; set; }

    public string AltJa { get; set; } = string.Empty;

    public string AltEn { get; set; } = string.Empty;

    public string? UploadedById { get; set; }

    /// <summary>The uploader's display name when uploading, so the list survives the user's removal.</summary>
    public string UploadedByName { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

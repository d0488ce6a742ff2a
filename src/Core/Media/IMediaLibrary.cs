using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Media;

/// <summary>Read access to the media library for content fields and public pages.</summary>
public interface IMediaLibrary
{
    Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every asset, newest first (the media picker of content editors).</summary>
    Task<IReadOnlyList<MediaAsset>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>An uploaded file. <see cref="Alt"/> is required for images; <see cref="Url"/> is site-relative.</summary>
public sealed record MediaAsset(
    string Id,
    string FileName,
    string ContentType,
    long Length,
    string Url,
    LocalizedText Alt,
    DateTime CreatedUtc)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

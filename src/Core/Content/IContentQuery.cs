namespace OpenCityAomori.Core.Content;

/// <summary>
/// Read access to content for the public side. Only published versions, except
/// <see cref="GetVersionForPreviewAsync"/>, whose caller must hold the ViewContent permission.
/// </summary>
public interface IContentQuery
{
    Task<ContentItemView?> GetPublishedAsync(string contentType, string culture, string slug, CancellationToken cancellationToken);

    Task<ContentItemView?> GetPublishedByIdAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>Every published item of a type in a culture, newest first (by effective date).</summary>
    Task<IReadOnlyList<ContentItemView>> ListPublishedAsync(string contentType, string culture, CancellationToken cancellationToken);

    /// <summary>Published items of the translation group, the item itself included.</summary>
    Task<IReadOnlyList<ContentItemView>> GetPublishedTranslationsAsync(string translationGroupId, CancellationToken cancellationToken);

    /// <summary>Any version (draft or not) for "preview exactly as the public will see it".</summary>
    Task<ContentItemView?> GetVersionForPreviewAsync(long versionId, CancellationToken cancellationToken);
}

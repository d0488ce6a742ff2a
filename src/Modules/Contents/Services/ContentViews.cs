using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Builds the immutable views other modules read from an item and one of its versions.</summary>
internal static class ContentViews
{
    public static ContentItemView Create(ContentItem item, ContentVersion version) => new()
    {
        ContentItemId = item.ContentItemId,
        VersionId = version.Id,
        VersionNumber = version.Number,
        ContentType = item.ContentType,
        Culture = item.Culture,
        Slug = version.Slug,
        Title = version.Title,
        TranslationGroupId = item.TranslationGroupId,
        Status = item.PublishedVersion == version.Number ? ContentStatus.Published : ContentStatus.Draft,
        PublishedUtc = item.FirstPublishedUtc,
        CreatedUtc = item.CreatedUtc,
        ModifiedUtc = version.CreatedUtc,
        OwnerId = item.OwnerId,
        Fields = ContentJson.ParseFields(version.FieldsJson),
        Html = ContentJson.ParseHtml(version.HtmlJson),
    };

    /// <summary>Newest first by the type's date (else first publication), then by title.</summary>
    public static IReadOnlyList<ContentItemView> Sort(IEnumerable<ContentItemView> items, ContentTypeDefinition? type) =>
        items
            .OrderByDescending(v => type is null ? (v.PublishedUtc is { } p ? DateOnly.FromDateTime(p) : null) : v.EffectiveDate(type))
            .ThenByDescending(v => v.PublishedUtc)
            .ThenBy(v => v.Title, StringComparer.Ordinal)
            .ToList();
}

using System.Text.Json;

namespace OpenCityAomori.Core.Content;

public enum ContentStatus
{
    Draft,
    Published,
}

/// <summary>
/// One version of a content item as other modules see it. Immutable; safe to cache and share.
/// <see cref="Html"/> holds the sanitised HTML of every top-level Markdown/Html field, by field name.
/// </summary>
public sealed record ContentItemView
{
    public required string ContentItemId { get; init; }

    public required long VersionId { get; init; }

    public required int VersionNumber { get; init; }

    public required string ContentType { get; init; }

    public required string Culture { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>Items that translate each other share this id (the ContentItemId of the first of them).</summary>
    public required string TranslationGroupId { get; init; }

    public required ContentStatus Status { get; init; }

    /// <summary>When the item was first published (kept across later versions); null for never-published drafts.</summary>
    public DateTime? PublishedUtc { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime ModifiedUtc { get; init; }

    public string? OwnerId { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Fields { get; init; }

    public required IReadOnlyDictionary<string, string> Html { get; init; }
}

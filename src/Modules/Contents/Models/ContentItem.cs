using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>
/// A content item: what stays across its versions (identity, type, culture, translation group, owner,
/// publication pointers and schedule). Title and Slug mirror the latest version for lists and uniqueness.
/// </summary>
internal sealed class ContentItem : IAuditable
{
    public required string ContentItemId { get; set; }

    public required string ContentType { get; set; }

    public required string Culture { get; set; }

    public required string TranslationGroupId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? OwnerId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>Number of the newest version (pointers are numbers, known before saving, so a change is one save).</summary>
    public int LatestVersion { get; set; }

    /// <summary>Number of the version the public sees; null when the item is not published.</summary>
    public int? PublishedVersion { get; set; }

    public DateTime? FirstPublishedUtc { get; set; }

    /// <summary>When <see cref="ScheduledVersion"/> is to be published (the scheduler clears both once done).</summary>
    public DateTime? PublishAtUtc { get; set; }

    /// <summary>The version that was latest when publication was scheduled: later drafts (perhaps by staff who may not publish) are not published with it.</summary>
    public int? ScheduledVersion { get; set; }

    /// <summary>When the published version is to be withdrawn.</summary>
    public DateTime? ExpireAtUtc { get; set; }

    /// <summary>Published only while a partner's consent covers the version (items another module keeps, e.g. case studies of agreements).</summary>
    public bool RequiresPublicationConsent { get; set; }

    public bool IsPublished => PublishedVersion is not null;

    /// <summary>Whether the latest version differs from the published one (a pending draft).</summary>
    public bool HasDraft => PublishedVersion != LatestVersion;
}

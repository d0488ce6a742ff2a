using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Moving the item's publication pointer between versions (part of one unit of work of <see cref="ContentManager"/>).</summary>
internal sealed partial class ContentManager
{
    private async Task<bool> PublishLatestAsync(ContentItem item, DateTime now, DateTime? firstPublishedUtc, CancellationToken cancellationToken)
    {
        if (item.PublishedVersion == item.LatestVersion)
        {
            return false;
        }

        if (item.PublishedVersion is { } previous && await VersionAsync(item, previous, cancellationToken) is { } old)
        {
            old.Status = VersionStatus.Archived;
        }

        var latest = await VersionAsync(item, item.LatestVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Item '{item.ContentItemId}' has no version {item.LatestVersion}.");
        latest.Status = VersionStatus.Published;
        item.PublishedVersion = latest.Number;
        item.FirstPublishedUtc ??= firstPublishedUtc ?? now;
        item.PublishAtUtc = null;
        item.ModifiedUtc = now;
        return true;
    }

    private async Task<bool> WithdrawAsync(ContentItem item, DateTime now, CancellationToken cancellationToken)
    {
        if (item.PublishedVersion is not { } published)
        {
            return false;
        }

        if (await VersionAsync(item, published, cancellationToken) is { } version)
        {
            version.Status = VersionStatus.Archived;
        }

        item.PublishedVersion = null;
        item.ExpireAtUtc = null;
        item.ModifiedUtc = now;
        return true;
    }

    /// <summary>A version, including one added in this unit of work and not saved yet.</summary>
    private async Task<ContentVersion?> VersionAsync(ContentItem item, int number, CancellationToken cancellationToken) =>
        db.Versions.Local.FirstOrDefault(v => v.ContentItemId == item.ContentItemId && v.Number == number)
        ?? await db.Versions.FirstOrDefaultAsync(v => v.ContentItemId == item.ContentItemId && v.Number == number, cancellationToken);
}

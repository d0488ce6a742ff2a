using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Moving the item's publication pointer between versions (part of one unit of work of <see cref="ContentManager"/>).</summary>
internal sealed partial class ContentManager
{
    private Task<bool> PublishLatestAsync(ContentItem item, DateTime now, DateTime? firstPublishedUtc, CancellationToken cancellationToken) =>
        PublishVersionAsync(item, item.LatestVersion, now, firstPublishedUtc, cancellationToken);

    private async Task<bool> PublishVersionAsync(ContentItem item, int number, DateTime now, DateTime? firstPublishedUtc, CancellationToken cancellationToken)
    {
        if (item.PublishedVersion == number)
        {
            return false;
        }

        await EnsureConsentAsync(item, number, cancellationToken);

        if (item.PublishedVersion is { } previous && await VersionAsync(item, previous, cancellationToken) is { } old)
        {
            old.Status = VersionStatus.Archived;
        }

        var version = await VersionAsync(item, number, cancellationToken)
            ?? throw new InvalidOperationException($"Item '{item.ContentItemId}' has no version {number}.");
        version.Status = VersionStatus.Published;
        item.PublishedVersion = version.Number;
        item.FirstPublishedUtc ??= firstPublishedUtc ?? now;
        item.PublishAtUtc = null;
        item.ScheduledVersion = null;
        item.ModifiedUtc = now;
        return true;
    }

    private async Task<bool> WithdrawAsync(ContentItem item, DateTime now, CancellationToken cancellationToken)
    {
        // Unpublishing also cancels a pending scheduled publication: "hidden" must stay hidden.
        var wasScheduled = item.PublishAtUtc is not null;
        item.PublishAtUtc = null;
        item.ScheduledVersion = null;
        if (item.PublishedVersion is not { } published)
        {
            if (wasScheduled)
            {
                item.ExpireAtUtc = null;
                item.ModifiedUtc = now;
            }

            return wasScheduled;
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

    /// <summary>An item that needs a partner's consent is published (or scheduled) only at a version a consent covers.</summary>
    private async Task EnsureConsentAsync(ContentItem item, int number, CancellationToken cancellationToken)
    {
        if (item.RequiresPublicationConsent
            && !await db.Consents.AnyAsync(c => c.ContentItemId == item.ContentItemId && c.Version >= number, cancellationToken))
        {
            throw new PublicationRefusedException();
        }
    }

    /// <summary>A version, including one added in this unit of work and not saved yet.</summary>
    private async Task<ContentVersion?> VersionAsync(ContentItem item, int number, CancellationToken cancellationToken) =>
        db.Versions.Local.FirstOrDefault(v => v.ContentItemId == item.ContentItemId && v.Number == number)
        ?? await db.Versions.FirstOrDefaultAsync(v => v.ContentItemId == item.ContentItemId && v.Number == number, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>
/// A partner's consent to publish an item (a case study made from an agreement or a pilot), for one version: later
/// versions need a consent of their own. Rows are only added, so the history of consents stays.
/// </summary>
internal sealed class PublicationConsentRecord : IAuditable
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public int Version { get; set; }

    /// <summary>The partner's person who agreed: personal data, kept out of the audit's values.</summary>
    [NotAudited]
    public required string GivenBy { get; set; }

    public DateOnly GivenOn { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedUtc { get; set; }
}

internal static class PublicationConsents
{
    /// <summary>The consent for the highest version of the item, or null.</summary>
    public static Task<PublicationConsentRecord?> LatestAsync(this IQueryable<PublicationConsentRecord> consents, string contentItemId, CancellationToken cancellationToken) =>
        consents.Where(c => c.ContentItemId == contentItemId).OrderByDescending(c => c.Version).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>Publishing a version that needs a consent not recorded for it.</summary>
internal sealed class PublicationRefusedException() : InvalidOperationException(Core.Content.ContentDraftMessages.ConsentMissing.Current);

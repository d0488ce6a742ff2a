using System.Text.Json;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Content;

/// <summary>
/// A content item another module keeps in step with its own record (an agreement's public page, a case-study draft),
/// by a stable id the module chooses. <see cref="RequiresPublicationConsent"/>: the item is published only while a
/// consent recorded through <see cref="IContentDrafts.RecordConsentAsync"/> covers its latest version.
/// </summary>
public sealed record ContentDraft(
    string ContentItemId,
    string ContentType,
    string Culture,
    string Title,
    string Slug,
    IReadOnlyDictionary<string, JsonElement> Fields,
    string? TranslationGroupId = null,
    bool RequiresPublicationConsent = false);

/// <summary>What a save or a publication did; refused with messages (by field name, "" for the item) in the user's language.</summary>
public sealed record ContentDraftResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly ContentDraftResult Ok = new(true, new Dictionary<string, string>());

    public static ContentDraftResult Refused(string message) => new(false, new Dictionary<string, string> { [string.Empty] = message });
}

/// <summary>Who agreed to publication for the partner, when, and to which version of the item.</summary>
public sealed record PublicationConsent(string GivenBy, DateOnly GivenOn, int Version, string RecordedBy, DateTime RecordedUtc);

/// <summary>Where a module's content item stands.</summary>
public sealed record ContentDraftStatus(
    string ContentItemId,
    string ContentType,
    int LatestVersion,
    int? PublishedVersion,
    bool RequiresPublicationConsent,
    PublicationConsent? Consent,
    string AdminUrl,
    string? PublicUrl)
{
    public bool IsPublished => PublishedVersion is not null;

    public bool HasUnpublishedChanges => PublishedVersion != LatestVersion;

    /// <summary>A consent is needed and none covers the latest version.</summary>
    public bool AwaitsConsent => RequiresPublicationConsent && (Consent is null || Consent.Version < LatestVersion);
}

/// <summary>
/// Content drafts created, updated and published from another module (the one way a module puts its records on the
/// portal). Validation, versions, the audit trail, search indexing and caches are the content module's, as in its admin.
/// Implemented by Contents.
/// </summary>
public interface IContentDrafts
{
    /// <summary>Creates the item, or adds its next version as a draft (a published version stays public until published again).</summary>
    Task<ContentDraftResult> SaveDraftAsync(ContentDraft draft, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; refused when a required publication consent does not cover it.</summary>
    Task<ContentDraftResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the item from the public; false when it was not published.</summary>
    Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentDraftStatus?> StatusAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Records the partner's consent to publish the item's latest version (audited); false when the item is unknown.</summary>
    Task<bool> RecordConsentAsync(string contentItemId, string givenBy, DateOnly givenOn, string recordedBy, CancellationToken cancellationToken = default);
}

/// <summary>Why publication was refused, for messages.</summary>
public static class ContentDraftMessages
{
    public static readonly LocalizedText ConsentMissing = new(
        "公開には、連携先の公開への同意（最新の版に対するもの）の記録が必要です。",
        "Publishing needs the partner's consent to publication, recorded for the latest version.");
}

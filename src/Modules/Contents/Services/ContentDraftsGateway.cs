using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Another module's records on the portal: items saved, published and withdrawn through the same manager and
/// validation as the admin editor, so versions, audit, indexing and caches behave alike.
/// </summary>
internal sealed class ContentDraftsGateway(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentItemValidator validator, ContentManager manager, TimeProvider clock) : IContentDrafts
{
    public async Task<ContentDraftResult> SaveDraftAsync(ContentDraft draft, string? userId, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(draft.ContentType, cancellationToken)
            ?? throw new InvalidOperationException($"Content type '{draft.ContentType}' is not declared.");
        var item = await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == draft.ContentItemId, cancellationToken);
        if (item is not null && (item.ContentType != draft.ContentType || item.Culture != draft.Culture))
        {
            throw new InvalidOperationException($"Item '{draft.ContentItemId}' is a {item.ContentType} in {item.Culture}.");
        }

        var edit = new ContentEdit(draft.Title, draft.Slug, draft.Fields);
        var errors = await validator.ValidateAsync(type, draft.Culture, item?.ContentItemId, edit, checkExistence: true, cancellationToken);
        if (errors.Count > 0)
        {
            return new ContentDraftResult(false, errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal));
        }

        if (item is null)
        {
            await manager.CreateAsync(
                draft.ContentItemId, type.Name, draft.Culture, draft.TranslationGroupId, edit, userId, Publication.Draft, cancellationToken, draft.RequiresPublicationConsent);
        }
        else if (!await SameAsLatestAsync(item, edit, cancellationToken))
        {
            await manager.SaveAsync(item, edit, userId, Publication.Draft, cancellationToken);
        }

        return ContentDraftResult.Ok;
    }

    public async Task<ContentDraftResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        if (await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken) is not { } item)
        {
            return ContentDraftResult.Refused(Core.Localization.Cultures.T("この項目はありません。", "There is no such item."));
        }

        try
        {
            await manager.PublishAsync(item, cancellationToken);
            return ContentDraftResult.Ok;
        }
        catch (PublicationRefusedException refused)
        {
            return ContentDraftResult.Refused(refused.Message);
        }
    }

    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken) is { } item
        && await manager.UnpublishAsync(item, cancellationToken);

    public async Task<ContentDraftStatus?> StatusAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var consent = await db.Consents.AsNoTracking().LatestAsync(contentItemId, cancellationToken);
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var publicUrl = item.PublishedVersion is not null && type is not null ? ContentRoutes.UrlFor(type, item.Culture, item.Slug) : null;
        return new ContentDraftStatus(
            item.ContentItemId,
            item.ContentType,
            item.LatestVersion,
            item.PublishedVersion,
            item.RequiresPublicationConsent,
            consent is null ? null : new PublicationConsent(consent.GivenBy, consent.GivenOn, consent.Version, consent.RecordedBy, consent.RecordedUtc),
            ContentRoutes.AdminEditUrl(item.ContentItemId),
            publicUrl);
    }

    public async Task<bool> RecordConsentAsync(string contentItemId, string givenBy, DateOnly givenOn, string recordedBy, CancellationToken cancellationToken = default)
    {
        var latest = await db.Items.Where(i => i.ContentItemId == contentItemId).Select(i => (int?)i.LatestVersion).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return false;
        }

        db.Consents.Add(new PublicationConsentRecord
        {
            ContentItemId = contentItemId, Version = latest.Value, GivenBy = givenBy.Trim(), GivenOn = givenOn, RecordedBy = recordedBy,
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A module saving its record again without changing what the page shows adds no version.</summary>
    private async Task<bool> SameAsLatestAsync(ContentItem item, ContentEdit edit, CancellationToken cancellationToken)
    {
        var latest = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == item.ContentItemId && v.Number == item.LatestVersion, cancellationToken);
        if (latest is null || latest.Title != edit.Title || latest.Slug != edit.Slug)
        {
            return false;
        }

        var stored = ContentJson.ParseFields(latest.FieldsJson);
        return edit.Fields.All(f => stored.TryGetValue(f.Key, out var value) && JsonElement.DeepEquals(value, f.Value));
    }
}

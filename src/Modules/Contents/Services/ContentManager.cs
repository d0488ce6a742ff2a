using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Every change to content: each operation runs in one transaction that also appends exactly one
/// indexing task, so search (on every node) learns of it iff the change committed; caches are evicted after.
/// </summary>
internal sealed partial class ContentManager(
    ContentsDbContext db, IContentDefinitionStore definitions, DepartmentFields departments, ContentHtmlRenderer renderer, ContentCache cache, TimeProvider clock)
{
    public async Task<ContentItem> CreateAsync(
        string? contentItemId,
        string contentType,
        string culture,
        string? translationGroupId,
        ContentEdit edit,
        string? userId,
        Publication publication,
        CancellationToken cancellationToken,
        bool requiresPublicationConsent = false)
    {
        var now = Now();
        var id = contentItemId ?? NewId();
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentType = contentType,
            Culture = culture,
            TranslationGroupId = translationGroupId ?? id,
            Slug = edit.Slug,
            Title = edit.Title,
            OwnerId = userId,
            RequiresPublicationConsent = requiresPublicationConsent,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        await RunAsync(item, async () =>
        {
            db.Items.Add(item);
            await AppendVersionAsync(item, edit, userId, now, cancellationToken);
            await ApplyAsync(item, publication, now, cancellationToken);
            return true;
        }, cancellationToken);
        return item;
    }

    public Task SaveAsync(ContentItem item, ContentEdit edit, string? userId, Publication publication, CancellationToken cancellationToken) =>
        RunAsync(item, async () =>
        {
            var now = Now();
            await AppendVersionAsync(item, edit, userId, now, cancellationToken);
            await ApplyAsync(item, publication, now, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Publishes the latest version; false when it already is.</summary>
    public Task<bool> PublishAsync(ContentItem item, CancellationToken cancellationToken) =>
        RunAsync(item, () => PublishLatestAsync(item, Now(), null, cancellationToken), cancellationToken);

    /// <summary>Withdraws the item from the public; false when it was not published.</summary>
    public Task<bool> UnpublishAsync(ContentItem item, CancellationToken cancellationToken) =>
        RunAsync(item, () => WithdrawAsync(item, Now(), cancellationToken), cancellationToken);

    public Task DeleteAsync(ContentItem item, CancellationToken cancellationToken) =>
        RunAsync(item, () =>
        {
            // Versions go with the item (ON DELETE CASCADE), in the same statement and transaction.
            db.Items.Remove(item);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>Copies an old version as a new draft (the published version is not touched).</summary>
    public Task RestoreAsync(ContentItem item, ContentVersion version, string? userId, CancellationToken cancellationToken) =>
        SaveAsync(item, new ContentEdit(version.Title, version.Slug, ContentJson.ParseFields(version.FieldsJson)), userId, Publication.Draft, cancellationToken);

    /// <summary>Publication or expiry that fell due; false when another node (or an editor) got there first.</summary>
    public async Task<bool> ApplyDueAsync(ContentItem item, DateTime nowUtc, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(item, async () =>
            {
                var due = false;
                if (item.PublishAtUtc <= nowUtc)
                {
                    await PublishVersionAsync(item, item.ScheduledVersion ?? item.LatestVersion, nowUtc, null, cancellationToken);
                    item.PublishAtUtc = null;
                    item.ScheduledVersion = null;
                    due = true;
                }

                if (item.ExpireAtUtc <= nowUtc)
                {
                    await WithdrawAsync(item, nowUtc, cancellationToken);
                    item.ExpireAtUtc = null;
                    due = true;
                }

                return due;
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException or PublicationRefusedException)
        {
            return false;
        }
    }

    private async Task AppendVersionAsync(ContentItem item, ContentEdit edit, string? userId, DateTime now, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken)
            ?? throw new InvalidOperationException($"Content type '{item.ContentType}' is not declared.");
        var values = await departments.WithNamesAsync(type, item.Culture, edit.Fields, cancellationToken);
        var fields = type.Fields
            .Where(f => values.ContainsKey(f.Name))
            .ToDictionary(f => f.Name, f => values[f.Name], StringComparer.Ordinal);
        var version = new ContentVersion
        {
            ContentItemId = item.ContentItemId,
            Number = item.LatestVersion + 1,
            Title = edit.Title,
            Slug = edit.Slug,
            FieldsJson = ContentJson.Serialize(fields),
            HtmlJson = ContentJson.Serialize(renderer.Render(type, fields)),
            Status = VersionStatus.Draft,
            AuthorId = userId,
            CreatedUtc = now,
        };
        db.Versions.Add(version);
        item.LatestVersion = version.Number;
        item.Title = edit.Title;
        item.Slug = edit.Slug;
        item.ModifiedUtc = now;
    }

    private async Task ApplyAsync(ContentItem item, Publication publication, DateTime now, CancellationToken cancellationToken)
    {
        switch (publication.Action)
        {
            case PublishAction.Publish:
                await PublishLatestAsync(item, now, publication.FirstPublishedUtc, cancellationToken);
                item.ExpireAtUtc = publication.ExpireAtUtc;
                break;
            case PublishAction.Schedule:
                if (publication.PublishAtUtc is not null)
                {
                    await EnsureConsentAsync(item, item.LatestVersion, cancellationToken);
                }

                item.PublishAtUtc = publication.PublishAtUtc;
                item.ScheduledVersion = publication.PublishAtUtc is null ? null : item.LatestVersion;
                item.ExpireAtUtc = publication.ExpireAtUtc;
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> and its indexing task in ONE SaveChanges (one transaction). Under
    /// SQLite no outer transaction is opened: the audit trail writes through its own connection right after
    /// the save, which a still-open write transaction would lock out.
    /// </summary>
    private async Task<bool> RunAsync(ContentItem item, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change())
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await IndexingTaskWriter.AppendAsync(db, item.ContentItemId, Now(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        await cache.EvictAsync(cancellationToken);
        return true;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string NewId() => Guid.NewGuid().ToString("N");
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>What the editor needs besides the values: select choices, preview and public links, the translation.</summary>
internal sealed class ContentEditorService(ContentsDbContext db, IModuleCapability<IMediaLibrary> mediaLibrary, DepartmentFields departments)
{
    public async Task CompleteAsync(ContentEditorPage page, CancellationToken cancellationToken)
    {
        var fields = page.Type.Fields.Concat(page.Type.Fields.SelectMany(f => f.Fields)).ToList();
        if (fields.Any(f => f.Kind == ContentFieldKind.Media) && mediaLibrary.Value is { } media)
        {
            page.MediaAssets = await media.ListAsync(cancellationToken);
        }

        if (DepartmentFields.Of(page.Type).Any())
        {
            page.Departments = (await departments.ActiveAsync(cancellationToken)).Where(d => page.OwnDepartment is null || d.Code == page.OwnDepartment).ToList();
        }

        foreach (var referenceType in fields.Where(f => f.Kind == ContentFieldKind.Reference).Select(f => f.ReferenceType ?? string.Empty).Distinct())
        {
            page.References[referenceType] = await db.Items.AsNoTracking()
                .Where(i => referenceType.Length == 0 || i.ContentType == referenceType)
                .Where(i => page.Item == null || i.ContentItemId != page.Item.ContentItemId)
                .OrderBy(i => i.Culture).ThenBy(i => i.Title)
                .Select(i => new ReferenceChoice(i.ContentItemId, i.Title, i.Culture))
                .Take(1000)
                .ToListAsync(cancellationToken);
        }

        if (page.Item is not { } item)
        {
            return;
        }

        page.LatestVersionId = await VersionIdAsync(item.ContentItemId, item.LatestVersion, cancellationToken);
        if (item.RequiresPublicationConsent)
        {
            page.Consent = await db.Consents.AsNoTracking().LatestAsync(item.ContentItemId, cancellationToken);
        }

        if (item.PublishedVersion is { } published)
        {
            var slug = await db.Versions.Where(v => v.ContentItemId == item.ContentItemId && v.Number == published).Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);
            page.PublicUrl = slug is null ? null : ContentRoutes.UrlFor(page.Type, item.Culture, slug);
        }

        page.Translation = await db.Items.AsNoTracking()
            .FirstOrDefaultAsync(i => i.TranslationGroupId == item.TranslationGroupId && i.ContentItemId != item.ContentItemId && i.Culture != item.Culture, cancellationToken);
    }

    public Task<long> VersionIdAsync(string contentItemId, int number, CancellationToken cancellationToken) =>
        db.Versions.Where(v => v.ContentItemId == contentItemId && v.Number == number).Select(v => v.Id).FirstAsync(cancellationToken);
}

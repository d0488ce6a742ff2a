using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

internal static class DepartmentDraftsPaths
{
    public const string List = "/admin/contents/department-drafts";
    public const string Call = "/admin/contents/department-calls";
}

/// <summary>
/// What department staff may draft (<see cref="Permissions.DraftOwnDepartmentContent"/>): never-published items of
/// types with an <see cref="ContentTypeDefinition.OwnerDepartmentField"/> whose latest version names their own
/// active department. Fails closed: no department, a disabled account or an inactive department gives nothing.
/// </summary>
internal sealed class DepartmentDrafts(ContentsDbContext db, IPermissionChecker permissions, IUserDirectory directory)
{
    /// <summary>The active department the user drafts for, or null.</summary>
    public async Task<string?> DepartmentOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await permissions.HasAsync(user, Permissions.DraftOwnDepartmentContent)
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
            || await directory.FindUserAsync(id, cancellationToken) is not { IsDisabled: false, DepartmentCode: { Length: > 0 } code })
        {
            return null;
        }

        return (await directory.DepartmentsAsync(cancellationToken)).Any(d => d.IsActive && d.Code == code) ? code : null;
    }

    /// <summary>Whether the item is a never-published, unscheduled draft of the type whose latest version belongs to <paramref name="department"/>.</summary>
    public async Task<bool> IsOwnDraftAsync(ContentTypeDefinition type, ContentItem item, string department, CancellationToken cancellationToken)
    {
        if (type.OwnerDepartmentField is not { } field || item.ContentType != type.Name
            || item.PublishedVersion is not null || item.FirstPublishedUtc is not null || item.PublishAtUtc is not null)
        {
            return false;
        }

        var json = await db.Versions.AsNoTracking()
            .Where(v => v.ContentItemId == item.ContentItemId && v.Number == item.LatestVersion)
            .Select(v => v.FieldsJson)
            .FirstAsync(cancellationToken);
        return ContentJson.ParseFields(json).GetText(field) == department;
    }

    /// <summary>The department's drafts of every department-owned type, newest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync(IReadOnlyList<ContentTypeDefinition> types, string department, CancellationToken cancellationToken)
    {
        var drafts = new List<ContentItem>();
        foreach (var type in types.Where(t => t.OwnerDepartmentField is not null))
        {
            // The department narrows the rows in SQL (fields are compact JSON) before the limit; the parsed check stays exact.
            var field = type.OwnerDepartmentField!;
            var marker = $"\"{field}\":\"{department}\"";
            var candidates = await (from i in db.Items.AsNoTracking()
                                    join v in db.Versions.AsNoTracking() on new { Id = i.ContentItemId, Number = i.LatestVersion } equals new { Id = v.ContentItemId, v.Number }
                                    where i.ContentType == type.Name && i.PublishedVersion == null && i.FirstPublishedUtc == null && i.PublishAtUtc == null
                                        && v.FieldsJson.Contains(marker)
                                    orderby i.ModifiedUtc descending
                                    select new { Item = i, v.FieldsJson }).Take(1000).ToListAsync(cancellationToken);
            drafts.AddRange(candidates.Where(c => ContentJson.ParseFields(c.FieldsJson).GetText(field) == department).Select(c => c.Item));
        }

        return [.. drafts.OrderByDescending(i => i.ModifiedUtc)];
    }
}

/// <summary>How a user may use the editor: fully (EditContent, <see cref="Department"/> null), or for drafts of one department.</summary>
internal sealed record EditorScope(string? Department)
{
    public static readonly EditorScope Full = new((string?)null);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Contents.Validation;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>An item's versions (list, compare, restore) and its publication (publish, unpublish, delete).</summary>
[Route("admin/contents/{id}")]
internal sealed class ContentVersionsController(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, ContentItemValidator validator, IPermissionChecker permissions) : Controller
{
    [HttpGet("versions")]
    [AuthorizePermission(Permissions.Names.ViewContent)]
    public async Task<IActionResult> Index(string id)
    {
        if (await LoadAsync(id, tracked: false) is not ({ } item, { } type))
        {
            return NotFound();
        }

        var versions = await db.Versions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.Number).ToListAsync();
        var rows = versions.Select(v => new VersionRow(v, v.Number == item.PublishedVersion, v.Number == item.LatestVersion)).ToList();
        return View(new VersionsPage(item, type, rows, await CanAsync(Permissions.EditContent), await CanAsync(Permissions.PublishContent)));
    }

    [HttpGet("versions/compare")]
    [AuthorizePermission(Permissions.Names.ViewContent)]
    public async Task<IActionResult> Compare(string id, int a, int b)
    {
        if (await LoadAsync(id, tracked: false) is not ({ } item, { } type))
        {
            return NotFound();
        }

        var pair = await db.Versions.AsNoTracking().Where(v => v.ContentItemId == id && (v.Number == a || v.Number == b)).ToListAsync();
        if (pair.FirstOrDefault(v => v.Number == a) is not { } before || pair.FirstOrDefault(v => v.Number == b) is not { } after)
        {
            return NotFound();
        }

        var rows = VersionDiff.Compare(type, ContentViews.Create(item, before), ContentViews.Create(item, after));
        return View(new ComparePage(item, before, after, rows));
    }

    [HttpPost("versions/{number:int}/restore")]
    [AuthorizePermission(Permissions.Names.EditContent)]
    public async Task<IActionResult> Restore(string id, int number)
    {
        if (await LoadAsync(id, tracked: true) is not ({ } item, { } type)
            || await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == id && v.Number == number) is not { } version)
        {
            return NotFound();
        }

        // The old version's URL name may have been taken by another item since.
        if (await validator.ValidateSlugAsync(type, item.Culture, id, version.Slug, HttpContext.RequestAborted) is { } slugError)
        {
            TempData["Message"] = T($"版{number}は復元できません：{slugError}", $"Version {number} cannot be restored: {slugError}");
            return Redirect($"/admin/contents/{Uri.EscapeDataString(id)}/versions");
        }

        try
        {
            await manager.RestoreAsync(item, version, User.FindFirstValue(ClaimTypes.NameIdentifier), HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            TempData["Message"] = T("同時に他の変更が保存されたため、復元できませんでした。もう一度お試しください。", "Another change was saved at the same time; try again.");
            return Redirect($"/admin/contents/{Uri.EscapeDataString(id)}/versions");
        }

        TempData["Message"] = T($"版{number}を新しい下書きとして復元しました。", $"Version {number} was restored as a new draft.");
        return Redirect(ContentRoutes.AdminEditUrl(id));
    }

    [HttpPost("publish")]
    [AuthorizePermission(Permissions.Names.PublishContent)]
    public async Task<IActionResult> Publish(string id)
    {
        if (await LoadAsync(id, tracked: true) is not ({ } item, _))
        {
            return NotFound();
        }

        try
        {
            await manager.PublishAsync(item, HttpContext.RequestAborted);
        }
        catch (PublicationRefusedException refused)
        {
            TempData["Error"] = refused.Message;
            return Redirect(ContentRoutes.AdminEditUrl(id));
        }

        TempData["Message"] = T($"「{item.Title}」を公開しました。", $"'{item.Title}' is published.");
        return Redirect(ContentRoutes.AdminEditUrl(id));
    }

    [HttpPost("unpublish")]
    [AuthorizePermission(Permissions.Names.PublishContent)]
    public async Task<IActionResult> Unpublish(string id)
    {
        if (await LoadAsync(id, tracked: true) is not ({ } item, _))
        {
            return NotFound();
        }

        await manager.UnpublishAsync(item, HttpContext.RequestAborted);
        TempData["Message"] = T($"「{item.Title}」を非公開にしました。", $"'{item.Title}' is unpublished.");
        return Redirect(ContentRoutes.AdminEditUrl(id));
    }

    [HttpGet("delete")]
    [AuthorizePermission(Permissions.Names.PublishContent)]
    public async Task<IActionResult> Delete(string id) =>
        await LoadAsync(id, tracked: false) is ({ } item, { } type) ? View(new VersionsPage(item, type, [], true, true)) : NotFound();

    [HttpPost("delete")]
    [AuthorizePermission(Permissions.Names.PublishContent)]
    public async Task<IActionResult> ConfirmDelete(string id)
    {
        if (await LoadAsync(id, tracked: true) is not ({ } item, _))
        {
            return NotFound();
        }

        await manager.DeleteAsync(item, HttpContext.RequestAborted);
        TempData["Message"] = T($"「{item.Title}」を削除しました。", $"'{item.Title}' was deleted.");
        return Redirect("/admin/contents");
    }

    private async Task<(ContentItem Item, ContentTypeDefinition Type)?> LoadAsync(string id, bool tracked)
    {
        var items = tracked ? db.Items : db.Items.AsNoTracking();
        if (await items.FirstOrDefaultAsync(i => i.ContentItemId == id) is not { } item
            || await definitions.GetTypeAsync(item.ContentType, HttpContext.RequestAborted) is not { } type)
        {
            return null;
        }

        return (item, type);
    }

    private Task<bool> CanAsync(Permission permission) => permissions.HasAsync(User, permission);
}

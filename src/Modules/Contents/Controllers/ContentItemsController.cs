using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>The list of content items with filters and bulk publication.</summary>
[Route("admin/contents")]
internal sealed class ContentItemsController(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, IPermissionChecker permissions) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewContent)]
    public async Task<IActionResult> Index(string? type, string? status, string? culture, string? q, int page = 1)
    {
        var types = await definitions.GetTypesAsync(HttpContext.RequestAborted);
        var query = db.Items.AsNoTracking();
        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(i => i.ContentType == type);
        }

        if (culture is "ja" or "en")
        {
            query = query.Where(i => i.Culture == culture);
        }

        query = status switch
        {
            "published" => query.Where(i => i.PublishedVersion != null),
            "draft" => query.Where(i => i.PublishedVersion == null || i.PublishedVersion != i.LatestVersion),
            "scheduled" => query.Where(i => i.PublishAtUtc != null || i.ExpireAtUtc != null),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Title.Contains(text) || i.Slug.Contains(text) || i.ContentItemId == text);
        }

        var total = await query.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await query.OrderByDescending(i => i.ModifiedUtc).ThenBy(i => i.ContentItemId)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var filter = new ContentListFilter(type, status, culture, q, page);
        return View(new ContentListPage(items, types, filter, total, pages, await CanAsync(Permissions.EditContent), await CanAsync(Permissions.PublishContent)));
    }

    /// <summary>Publishes or withdraws the checked items (each in its own transaction, with its own indexing task).</summary>
    [HttpPost("bulk")]
    [AuthorizePermission(Permissions.Names.PublishContent)]
    public async Task<IActionResult> Bulk([FromForm(Name = "ids")] string[] ids, [FromForm(Name = "bulkAction")] string? bulkAction, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        if (bulkAction is not ("publish" or "unpublish"))
        {
            TempData["Error"] = T("操作を選んでください。", "Choose an action.");
        }
        else if (ids.Length == 0)
        {
            TempData["Error"] = T("対象のコンテンツにチェックを入れてください。", "Check the items to apply the action to.");
        }
        else
        {
            var (changed, refused) = (0, 0);
            foreach (var id in ids.Distinct(StringComparer.Ordinal).Take(500))
            {
                db.ChangeTracker.Clear();
                if (await db.Items.FindAsync(id) is not { } item)
                {
                    continue;
                }

                try
                {
                    changed += (bulkAction == "publish" ? await manager.PublishAsync(item, HttpContext.RequestAborted) : await manager.UnpublishAsync(item, HttpContext.RequestAborted)) ? 1 : 0;
                }
                catch (PublicationRefusedException)
                {
                    refused++;
                }
            }

            TempData["Message"] = bulkAction == "publish"
                ? T($"{changed}件を公開しました。", $"{changed} item(s) published.")
                : T($"{changed}件を非公開にしました。", $"{changed} item(s) unpublished.");
            if (refused > 0)
            {
                TempData["Error"] = T($"{refused}件は、連携先の公開への同意が最新の版に記録されていないため公開しませんでした。", $"{refused} item(s) were not published: the partner's consent is not recorded for the latest version.");
            }
        }

        return Redirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/admin/contents", StringComparison.Ordinal) ? returnUrl : "/admin/contents");
    }

    private Task<bool> CanAsync(Permission permission) => permissions.HasAsync(User, permission);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

[Route("admin/contents/pages")]
internal sealed class PagesController(ContentsDbContext db, PageStore store, IPermissionChecker permissions) : Controller
{
    [HttpGet("")]
    [AuthorizePermission("ViewContent")]
    public async Task<IActionResult> Index(string? culture, string? status, string? q)
    {
        var query = db.Pages.AsNoTracking();
        if (culture is "ja" or "en")
        {
            query = query.Where(p => p.Culture == culture);
        }

        query = status switch
        {
            "published" => query.Where(p => p.IsPublished),
            "draft" => query.Where(p => !p.IsPublished),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => p.Title.Contains(q.Trim()) || p.Slug.Contains(q.Trim()));
        }

        var pages = await query.OrderBy(p => p.MenuOrder ?? int.MaxValue).ThenBy(p => p.Slug).ThenBy(p => p.Culture).ToListAsync();
        return View(new PageListPage(pages, culture, status, q, await CanAsync(Permissions.PublishContent), await CanAsync(Permissions.EditContent)));
    }

    [HttpGet("create")]
    [AuthorizePermission("EditContent")]
    public async Task<IActionResult> Create(string? slug, string? culture) =>
        View("Edit", new PageEditPage(new PageForm { Slug = slug ?? string.Empty, Culture = Normalize(culture) }, await CanAsync(Permissions.PublishContent), false));

    [HttpPost("create")]
    [AuthorizePermission("EditContent")]
    public Task<IActionResult> Create([Bind(Prefix = "Form")] PageForm form) => SaveAsync(null, form);

    [HttpGet("{id:guid}")]
    [AuthorizePermission("EditContent")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var page = await db.Pages.FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        var form = new PageForm { Id = page.Id, Slug = page.Slug, Culture = page.Culture, Title = page.Title, Summary = page.Summary, BodyMarkdown = page.BodyMarkdown, MenuOrder = page.MenuOrder };
        return View(new PageEditPage(form, await CanAsync(Permissions.PublishContent), page.IsPublished));
    }

    [HttpPost("{id:guid}")]
    [AuthorizePermission("EditContent")]
    public Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Form")] PageForm form) => SaveAsync(id, form);

    [HttpGet("{id:guid}/preview")]
    [AuthorizePermission("ViewContent")]
    public async Task<IActionResult> Preview(Guid id)
    {
        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/publish")]
    [AuthorizePermission("PublishContent")]
    public Task<IActionResult> Publish(Guid id) => SetPublishedAsync(id, true);

    [HttpPost("{id:guid}/unpublish")]
    [AuthorizePermission("PublishContent")]
    public Task<IActionResult> Unpublish(Guid id) => SetPublishedAsync(id, false);

    [HttpPost("{id:guid}/delete")]
    [AuthorizePermission("PublishContent")]
    public async Task<IActionResult> Delete(Guid id)
    {
        var page = await db.Pages.FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        await store.DeleteAsync(page);
        TempData["Message"] = T($"「{page.Title}」を削除しました。", $"'{page.Title}' was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetPublishedAsync(Guid id, bool published)
    {
        var page = await db.Pages.FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        page.IsPublished = published;
        await store.SaveAsync(page);
        TempData["Message"] = published ? T($"「{page.Title}」を公開しました。", $"'{page.Title}' is published.") : T($"「{page.Title}」を非公開にしました。", $"'{page.Title}' is unpublished.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(Guid? id, PageForm form)
    {
        var canPublish = await CanAsync(Permissions.PublishContent);
        var page = id is null ? null : await db.Pages.FindAsync(id.Value);
        if (id is not null && page is null)
        {
            return NotFound();
        }

        form.Id = id;
        form.Slug = SlugRules.Normalize(form.Slug);
        form.Culture = Normalize(form.Culture);
        if (!SlugRules.IsValid(form.Slug))
        {
            ModelState.AddModelError("Form." + nameof(form.Slug), T("URL名は文字・数字・ハイフンで入力してください（予約語は使えません）。", "Use letters, digits and hyphens for the URL name (reserved words are not allowed)."));
        }
        else if (await store.SlugTakenAsync(form.Slug, form.Culture, id))
        {
            ModelState.AddModelError("Form." + nameof(form.Slug), T("この言語では、このURL名は既に使われています。", "This URL name is already used in this language."));
        }

        if (string.IsNullOrWhiteSpace(form.Title))
        {
            ModelState.AddModelError("Form." + nameof(form.Title), T("タイトルを入力してください。", "Enter a title."));
        }

        if (form.Summary?.Length > 500)
        {
            ModelState.AddModelError("Form." + nameof(form.Summary), T("概要は500文字以内にしてください。", "Keep the summary within 500 characters."));
        }

        var publish = form.Submit == "publish";
        if ((publish || page?.IsPublished == true) && !canPublish)
        {
            // Until drafts have versions, changing a published page changes what the public sees.
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", new PageEditPage(form, canPublish, page?.IsPublished ?? false));
        }

        page ??= new Page { Id = Guid.NewGuid(), Slug = form.Slug, Culture = form.Culture, Title = form.Title, OwnerId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value };
        page.Slug = form.Slug;
        page.Culture = form.Culture;
        page.Title = form.Title.Trim();
        page.Summary = form.Summary?.Trim() ?? string.Empty;
        page.BodyMarkdown = form.BodyMarkdown ?? string.Empty;
        page.MenuOrder = form.MenuOrder;
        page.IsPublished = publish || page.IsPublished;
        await store.SaveAsync(page);
        TempData["Message"] = page.IsPublished ? T($"「{page.Title}」を保存し、公開しました。", $"'{page.Title}' was saved and is published.") : T($"「{page.Title}」を下書きとして保存しました。", $"'{page.Title}' was saved as a draft.");
        return RedirectToAction(nameof(Edit), new { id = page.Id });
    }

    private Task<bool> CanAsync(Permission permission) => permissions.HasAsync(User, permission);
}

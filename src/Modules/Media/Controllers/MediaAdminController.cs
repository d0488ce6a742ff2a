using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Models;
using OpenCityAomori.Modules.Media.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Media.Controllers;

[Route("admin/media")]
internal sealed class MediaAdminController(MediaDbContext db, MediaStore store, IPermissionChecker permissions) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewMedia)]
    public async Task<IActionResult> Index(string? q, string? kind, CancellationToken cancellationToken)
    {
        var query = db.Files.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(f => f.FileName.Contains(text) || f.AltJa.Contains(text) || f.AltEn.Contains(text));
        }

        query = kind switch
        {
            "image" => query.Where(f => f.ContentType.StartsWith("image/")),
            "pdf" => query.Where(f => f.ContentType == MediaFileType.Pdf.ContentType),
            _ => query,
        };
        var files = await query.OrderByDescending(f => f.CreatedUtc).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return View(new MediaListPage(files, q, kind, await permissions.HasAsync(User, Permissions.ManageMedia)));
    }

    [HttpGet("upload")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    public IActionResult Upload() => View(new MediaUploadPage(new MediaUploadForm(), store.MaxBytes));

    [HttpPost("upload")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    [TypeFilter(typeof(UploadLimitFilter), Order = UploadLimitFilter.Order)]
    public async Task<IActionResult> Upload([Bind(Prefix = "Form")] MediaUploadForm form, CancellationToken cancellationToken)
    {
        var (file, errors) = await store.UploadAsync(form, User, cancellationToken);
        if (file is null)
        {
            AddErrors(errors);
            return View(new MediaUploadPage(form, store.MaxBytes));
        }

        TempData["Message"] = T($"「{file.FileName}」をアップロードしました。", $"'{file.FileName}' was uploaded.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:length(32)}")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? NotFound() : View(new MediaEditPage(file, new MediaAltForm { AltJa = file.AltJa, AltEn = file.AltEn }));
    }

    [HttpPost("{id:length(32)}")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] MediaAltForm form, CancellationToken cancellationToken)
    {
        var file = await db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var errors = await store.UpdateAltAsync(file, form, cancellationToken);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return View(new MediaEditPage(file, form));
        }

        TempData["Message"] = T($"「{file.FileName}」の代替テキストを保存しました。", $"The alternative text of '{file.FileName}' was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:length(32)}/delete")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? NotFound() : View(file);
    }

    [HttpPost("{id:length(32)}/delete")]
    [AuthorizePermission(Permissions.Names.ManageMedia)]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(string id, CancellationToken cancellationToken)
    {
        var file = await db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        await store.DeleteAsync(file, cancellationToken);
        TempData["Message"] = T($"「{file.FileName}」を削除しました。", $"'{file.FileName}' was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private void AddErrors(Dictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>The content types and their fields; editors add and remove extra fields.</summary>
[Route("admin/contents/types")]
internal sealed partial class ContentTypesController(ContentsDbContext db, IContentDefinitionStore definitions, ContentCache cache, TimeProvider clock) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ManageContentTypes)]
    public async Task<IActionResult> Index() => View(new ContentTypesPage(await definitions.GetTypesAsync(HttpContext.RequestAborted)));

    [HttpGet("{type}")]
    [AuthorizePermission(Permissions.Names.ManageContentTypes)]
    public async Task<IActionResult> Fields(string type) =>
        await definitions.GetTypeAsync(type, HttpContext.RequestAborted) is { } definition
            ? View(new ContentTypePage(definition, new ExtraFieldForm()))
            : NotFound();

    [HttpPost("{type}/fields")]
    [AuthorizePermission(Permissions.Names.ManageContentTypes)]
    public async Task<IActionResult> AddField(string type, [Bind(Prefix = "Form")] ExtraFieldForm form)
    {
        if (await definitions.GetTypeAsync(type, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        ModelState.Clear();
        var name = form.Name = (form.Name ?? string.Empty).Trim();
        var labelJa = form.LabelJa = (form.LabelJa ?? string.Empty).Trim();
        var labelEn = form.LabelEn = (form.LabelEn ?? string.Empty).Trim();
        if (!NamePattern().IsMatch(name))
        {
            ModelState.AddModelError("Form.Name", T("項目名は英小文字で始め、英数字のみ（64文字以内、例：budgetNote）で入力してください。", "Start the field name with a lower-case letter and use letters and digits only (up to 64, e.g. budgetNote)."));
        }
        else if (definition.Field(name) is not null)
        {
            ModelState.AddModelError("Form.Name", T("この種類には同じ名前の項目が既にあります。", "This type already has a field with this name."));
        }

        if (labelJa.Length is 0 or > 200)
        {
            ModelState.AddModelError("Form.LabelJa", T("表示名（日本語）を200文字以内で入力してください。", "Enter the Japanese label, up to 200 characters."));
        }

        if (labelEn.Length is 0 or > 200)
        {
            ModelState.AddModelError("Form.LabelEn", T("表示名（英語）を200文字以内で入力してください。", "Enter the English label, up to 200 characters."));
        }

        if (!Models.ExtraField.AllowedKinds.Contains(form.Kind))
        {
            ModelState.AddModelError("Form.Kind", T("項目の種類を選んでください。", "Choose the kind of field."));
        }

        if (!ModelState.IsValid)
        {
            return View("Fields", new ContentTypePage(definition, form));
        }

        db.ExtraFields.Add(new Models.ExtraField
        {
            ContentType = definition.Name, Name = name, LabelJa = labelJa, LabelEn = labelEn,
            Kind = form.Kind, Required = form.Required, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        await cache.EvictAsync(HttpContext.RequestAborted);
        TempData["Message"] = T($"項目「{labelJa}」を追加しました。", $"The field '{labelEn}' was added.");
        return Redirect($"/admin/contents/types/{Uri.EscapeDataString(definition.Name)}");
    }

    [HttpPost("{type}/fields/{name}/delete")]
    [AuthorizePermission(Permissions.Names.ManageContentTypes)]
    public async Task<IActionResult> RemoveField(string type, string name)
    {
        if (await db.ExtraFields.FirstOrDefaultAsync(f => f.ContentType == type && f.Name == name) is not { } field)
        {
            return NotFound();
        }

        // Saved versions keep their values (versions are history); new versions no longer carry the field.
        db.ExtraFields.Remove(field);
        await db.SaveChangesAsync();
        await cache.EvictAsync(HttpContext.RequestAborted);
        TempData["Message"] = T($"項目「{field.LabelJa}」を削除しました。", $"The field '{field.LabelEn}' was removed.");
        return Redirect($"/admin/contents/types/{Uri.EscapeDataString(type)}");
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex NamePattern();
}

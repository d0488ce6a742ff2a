using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Contents.Validation;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>The editor generated from the type definition: new items, translations and edits.</summary>
[Route("admin/contents")]
internal sealed class ContentEditorController(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, ContentItemValidator validator,
    ContentEditorService editor, IPermissionChecker permissions, TimeProvider clock) : Controller
{
    [HttpGet("new/{type}")]
    [AuthorizePermission(Permissions.Names.EditContent)]
    public async Task<IActionResult> New(string type, string? culture, string? translationOf)
    {
        if (await definitions.GetTypeAsync(type, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        var page = new ContentEditorPage { Type = definition, Title = string.Empty, Slug = string.Empty, Culture = Normalize(culture), Values = new ContentFormValues(), CanPublish = await CanPublishAsync() };
        if (translationOf is not null)
        {
            if (await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == translationOf && i.ContentType == type) is not { } original)
            {
                return NotFound();
            }

            var latest = await db.Versions.AsNoTracking().FirstAsync(v => v.ContentItemId == original.ContentItemId && v.Number == original.LatestVersion);
            page = new ContentEditorPage
            {
                Type = definition, Title = latest.Title, Slug = latest.Slug, Culture = original.Culture == English ? Japanese : English,
                TranslationOf = original.ContentItemId, Values = ContentFormValues.FromFields(definition, ContentJson.ParseFields(latest.FieldsJson)), CanPublish = page.CanPublish,
            };
        }

        return await ShowAsync(page);
    }

    [HttpPost("new/{type}")]
    [AuthorizePermission(Permissions.Names.EditContent)]
    public async Task<IActionResult> Create(string type)
    {
        var definition = await definitions.GetTypeAsync(type, HttpContext.RequestAborted);
        return definition is null ? NotFound() : await SubmitAsync(definition, null);
    }

    [HttpGet("{id}/edit")]
    [AuthorizePermission(Permissions.Names.EditContent)]
    public async Task<IActionResult> Edit(string id)
    {
        if (await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == id) is not { } item
            || await definitions.GetTypeAsync(item.ContentType, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        var latest = await db.Versions.AsNoTracking().FirstAsync(v => v.ContentItemId == id && v.Number == item.LatestVersion);
        return await ShowAsync(new ContentEditorPage
        {
            Type = definition, Item = item, Title = latest.Title, Slug = latest.Slug, Culture = item.Culture,
            PublishAt = JapanTime.ToInput(item.PublishAtUtc), ExpireAt = JapanTime.ToInput(item.ExpireAtUtc),
            Values = ContentFormValues.FromFields(definition, ContentJson.ParseFields(latest.FieldsJson)), CanPublish = await CanPublishAsync(),
        });
    }

    [HttpPost("{id}/edit")]
    [AuthorizePermission(Permissions.Names.EditContent)]
    public async Task<IActionResult> Save(string id)
    {
        if (await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == id) is not { } item
            || await definitions.GetTypeAsync(item.ContentType, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        return await SubmitAsync(definition, item);
    }

    private async Task<IActionResult> SubmitAsync(ContentTypeDefinition type, ContentItem? item)
    {
        var form = Request.Form;
        var submit = form["submit"].ToString();
        var addRow = submit.StartsWith("add:", StringComparison.Ordinal) ? submit[4..] : null;
        var canPublish = await CanPublishAsync();
        if (addRow is null && submit is not ("draft" or "publish" or "schedule"))
        {
            return BadRequest();
        }

        if (submit is "publish" or "schedule" && !canPublish)
        {
            return Forbid();
        }

        var values = ContentFormValues.FromForm(type, form.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())), addRow);
        var title = form["Title"].ToString().Trim();
        var slugInput = form["Slug"].ToString();
        var slug = SlugRules.Normalize(slugInput.Length > 0 ? slugInput : SlugRules.FromTitle(title));
        var translationOf = item is null ? NullIfEmpty(form["TranslationOf"]) : null;
        var original = translationOf is null ? null : await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == translationOf && i.ContentType == type.Name);
        if (translationOf is not null && original is null)
        {
            return NotFound();
        }

        var culture = item?.Culture ?? (original is null ? Normalize(form["Culture"]) : (original.Culture == English ? Japanese : English));
        var page = new ContentEditorPage
        {
            Type = type, Item = item, Title = title, Slug = slug, Culture = culture, TranslationOf = translationOf,
            PublishAt = form["PublishAt"].ToString(), ExpireAt = form["ExpireAt"].ToString(), Values = values, CanPublish = canPublish,
        };
        if (addRow is not null)
        {
            return await ShowAsync(page);
        }

        var edit = new ContentEdit(title, slug, values.ToFields(type));
        var errors = (await validator.ValidateAsync(type, culture, item?.ContentItemId, edit, checkExistence: true, HttpContext.RequestAborted)).ToList();
        var publication = PublicationInput.Read(submit, page.PublishAt, page.ExpireAt, clock.GetUtcNow().UtcDateTime, errors);
        var group = original?.TranslationGroupId;
        if (group is not null && await db.Items.AnyAsync(i => i.TranslationGroupId == group && i.Culture == culture))
        {
            errors.Add(new("Culture", T("この言語の翻訳は既にあります。", "A translation in this language already exists.")));
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Key, error.Message);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(page);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        try
        {
            if (item is null)
            {
                item = await manager.CreateAsync(null, type.Name, culture, group, edit, userId, publication, HttpContext.RequestAborted);
            }
            else
            {
                await manager.SaveAsync(item, edit, userId, publication, HttpContext.RequestAborted);
            }
        }
        catch (DbUpdateException)
        {
            // Another editor saved the same item or took the URL name a moment ago.
            ModelState.AddModelError(string.Empty, T("同時に他の変更が保存されたため、保存できませんでした。内容を確認して、もう一度保存してください。", "Another change was saved at the same time. Check the content and save again."));
            return await ShowAsync(page);
        }

        TempData["Message"] = publication.Action switch
        {
            PublishAction.Publish => T($"「{title}」を保存し、公開しました。", $"'{title}' was saved and published."),
            PublishAction.Schedule => T($"「{title}」の公開を予約しました。", $"'{title}' is scheduled for publication."),
            _ => T($"「{title}」を下書きとして保存しました。", $"'{title}' was saved as a draft."),
        };
        return Redirect(ContentRoutes.AdminEditUrl(item.ContentItemId));
    }

    private async Task<IActionResult> ShowAsync(ContentEditorPage page)
    {
        await editor.CompleteAsync(page, HttpContext.RequestAborted);
        return View("Editor", page);
    }

    private Task<bool> CanPublishAsync() => permissions.HasAsync(User, Permissions.PublishContent);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

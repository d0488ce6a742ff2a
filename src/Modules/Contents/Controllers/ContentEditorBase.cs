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

/// <summary>
/// The editor generated from the type definition: new items, translations and edits. Holders of EditContent
/// use it fully (<see cref="ContentEditorController"/>); department staff only for their own department's
/// drafts (<see cref="DepartmentDraftsController"/>), the department field forced to theirs, without publishing.
/// </summary>
internal abstract class ContentEditorBase(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, ContentItemValidator validator,
    ContentEditorService editor, IPermissionChecker permissions, TimeProvider clock) : Controller
{
    /// <summary>The path the editor's own URLs start with ("/admin/contents").</summary>
    protected abstract string EditorPath { get; }

    /// <summary>The user's scope for a new (<paramref name="item"/> null) or existing item; null answers 403.</summary>
    protected abstract Task<EditorScope?> ScopeAsync(ContentTypeDefinition type, ContentItem? item);

    /// <summary>Whether a draft may start as a translation of <paramref name="original"/>.</summary>
    protected abstract Task<bool> MayTranslateAsync(EditorScope scope, ContentTypeDefinition type, ContentItem original);

    protected async Task<IActionResult> NewAsync(string type, string? culture, string? translationOf)
    {
        if (await definitions.GetTypeAsync(type, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        if (await ScopeAsync(definition, null) is not { } scope)
        {
            return Forbid();
        }

        var page = new ContentEditorPage { Type = definition, Title = string.Empty, Slug = string.Empty, Culture = Normalize(culture), Values = new ContentFormValues(), CanPublish = await CanPublishAsync(scope) };
        if (translationOf is not null)
        {
            if (await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == translationOf && i.ContentType == type) is not { } original)
            {
                return NotFound();
            }

            if (!await MayTranslateAsync(scope, definition, original))
            {
                return Forbid();
            }

            var latest = await db.Versions.AsNoTracking().FirstAsync(v => v.ContentItemId == original.ContentItemId && v.Number == original.LatestVersion);
            page = new ContentEditorPage
            {
                Type = definition, Title = latest.Title, Slug = latest.Slug, Culture = original.Culture == English ? Japanese : English,
                TranslationOf = original.ContentItemId, Values = ContentFormValues.FromFields(definition, ContentJson.ParseFields(latest.FieldsJson)), CanPublish = page.CanPublish,
            };
        }

        return await ShowAsync(page, scope);
    }

    protected async Task<IActionResult> CreateAsync(string type)
    {
        if (await definitions.GetTypeAsync(type, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        return await ScopeAsync(definition, null) is { } scope ? await SubmitAsync(definition, null, scope) : Forbid();
    }

    protected async Task<IActionResult> EditAsync(string id)
    {
        if (await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == id) is not { } item
            || await definitions.GetTypeAsync(item.ContentType, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        if (await ScopeAsync(definition, item) is not { } scope)
        {
            return Forbid();
        }

        var latest = await db.Versions.AsNoTracking().FirstAsync(v => v.ContentItemId == id && v.Number == item.LatestVersion);
        return await ShowAsync(new ContentEditorPage
        {
            Type = definition, Item = item, Title = latest.Title, Slug = latest.Slug, Culture = item.Culture,
            PublishAt = JapanTime.ToInput(item.PublishAtUtc), ExpireAt = JapanTime.ToInput(item.ExpireAtUtc),
            Values = ContentFormValues.FromFields(definition, ContentJson.ParseFields(latest.FieldsJson)), CanPublish = await CanPublishAsync(scope),
        }, scope);
    }

    protected async Task<IActionResult> SaveAsync(string id)
    {
        if (await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == id) is not { } item
            || await definitions.GetTypeAsync(item.ContentType, HttpContext.RequestAborted) is not { } definition)
        {
            return NotFound();
        }

        return await ScopeAsync(definition, item) is { } scope ? await SubmitAsync(definition, item, scope) : Forbid();
    }

    private async Task<IActionResult> SubmitAsync(ContentTypeDefinition type, ContentItem? item, EditorScope scope)
    {
        var form = Request.Form;
        var submit = form["submit"].ToString();
        var addRow = submit.StartsWith("add:", StringComparison.Ordinal) ? submit[4..] : null;
        var canPublish = await CanPublishAsync(scope);
        if (addRow is null && submit is not ("draft" or "publish" or "schedule"))
        {
            return BadRequest();
        }

        if (submit is "publish" or "schedule" && !canPublish)
        {
            return Forbid();
        }

        var values = ContentFormValues.FromForm(type, form.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())), addRow);
        if (scope.Department is { } own)
        {
            values.Values[ContentFormValues.Prefix + type.OwnerDepartmentField] = own;
        }

        var title = form["Title"].ToString().Trim();
        var slugInput = form["Slug"].ToString();
        var slug = SlugRules.Normalize(slugInput.Length > 0 ? slugInput : SlugRules.FromTitle(title));
        var translationOf = item is null ? NullIfEmpty(form["TranslationOf"]) : null;
        var original = translationOf is null ? null : await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == translationOf && i.ContentType == type.Name);
        if (translationOf is not null && original is null)
        {
            return NotFound();
        }

        if (original is not null && !await MayTranslateAsync(scope, type, original))
        {
            return Forbid();
        }

        var culture = item?.Culture ?? (original is null ? Normalize(form["Culture"]) : (original.Culture == English ? Japanese : English));
        var page = new ContentEditorPage
        {
            Type = type, Item = item, Title = title, Slug = slug, Culture = culture, TranslationOf = translationOf,
            PublishAt = form["PublishAt"].ToString(), ExpireAt = form["ExpireAt"].ToString(), Values = values, CanPublish = canPublish,
        };
        if (addRow is not null)
        {
            return await ShowAsync(page, scope);
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
            return await ShowAsync(page, scope);
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
        catch (PublicationRefusedException refused)
        {
            // Nothing was saved: the page keeps what the editor typed.
            ModelState.AddModelError(string.Empty, refused.Message);
            return await ShowAsync(page, scope);
        }
        catch (DbUpdateException)
        {
            // Another editor saved the same item or took the URL name a moment ago.
            ModelState.AddModelError(string.Empty, T("同時に他の変更が保存されたため、保存できませんでした。内容を確認して、もう一度保存してください。", "Another change was saved at the same time. Check the content and save again."));
            return await ShowAsync(page, scope);
        }

        TempData["Message"] = publication.Action switch
        {
            PublishAction.Publish => T($"「{title}」を保存し、公開しました。", $"'{title}' was saved and published."),
            PublishAction.Schedule => T($"「{title}」の公開を予約しました。", $"'{title}' is scheduled for publication."),
            _ => T($"「{title}」を下書きとして保存しました。", $"'{title}' was saved as a draft."),
        };
        return Redirect($"{EditorPath}/{Uri.EscapeDataString(item.ContentItemId)}/edit");
    }

    private async Task<IActionResult> ShowAsync(ContentEditorPage page, EditorScope scope)
    {
        page.OwnDepartment = scope.Department;
        page.EditorPath = EditorPath;
        await editor.CompleteAsync(page, HttpContext.RequestAborted);
        return View("/Views/ContentEditor/Editor.cshtml", page);
    }

    private async Task<bool> CanPublishAsync(EditorScope scope) => scope.Department is null && await permissions.HasAsync(User, Permissions.PublishContent);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

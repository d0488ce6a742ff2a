using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Controllers;

/// <summary>The fields of a form: add, edit, move and delete, each on its own page (locked fields refused).</summary>
internal sealed partial class FormDefinitionsController
{
    [HttpGet("{name}/fields/new")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> AddField(string name, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        return definition is null ? NotFound() : View("Field", new FieldEditPage(definition, null, new FieldForm(), false, store.ModuleTemplate(name)));
    }

    [HttpPost("{name}/fields/new")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public Task<IActionResult> AddField(string name, [Bind(Prefix = "Form")] FieldForm form, CancellationToken cancellationToken) =>
        SaveFieldAsync(name, null, form, cancellationToken);

    [HttpGet("{name}/fields/{field}")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> EditField(string name, string field, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var existing = definition?.GetFields().FirstOrDefault(f => f.Name == field);
        return definition is null || existing is null
            ? NotFound()
            : View("Field", new FieldEditPage(definition, field, FieldForm.From(existing), store.IsLocked(name, existing), store.ModuleTemplate(name)));
    }

    [HttpPost("{name}/fields/{field}")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public Task<IActionResult> EditField(string name, string field, [Bind(Prefix = "Form")] FieldForm form, CancellationToken cancellationToken) =>
        SaveFieldAsync(name, field, form, cancellationToken);

    [HttpPost("{name}/fields/{field}/move")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> MoveField(string name, string field, string? direction, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var fields = definition?.GetFields();
        var index = fields?.FindIndex(f => f.Name == field) ?? -1;
        if (definition is null || fields is null || index < 0)
        {
            return NotFound();
        }

        var target = direction == "up" ? index - 1 : index + 1;
        if (target >= 0 && target < fields.Count)
        {
            (fields[index], fields[target]) = (fields[target], fields[index]);
            definition.SetFields(fields);
            definition.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/admin/forms/{name}#fields");
    }

    [HttpGet("{name}/fields/{field}/delete")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> DeleteField(string name, string field, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var existing = definition?.GetFields().FirstOrDefault(f => f.Name == field);
        return definition is null || existing is null
            ? NotFound()
            : View(new FieldEditPage(definition, field, FieldForm.From(existing), store.IsLocked(name, existing)));
    }

    [HttpPost("{name}/fields/{field}/delete")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    [ActionName("DeleteField")]
    public async Task<IActionResult> DeleteFieldConfirmed(string name, string field, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var fields = definition?.GetFields();
        var existing = fields?.FirstOrDefault(f => f.Name == field);
        if (definition is null || fields is null || existing is null)
        {
            return NotFound();
        }

        if (store.IsLocked(name, existing))
        {
            TempData["Error"] = T($"「{existing.LabelJa}」は固定項目のため削除できません。", $"\"{existing.Label(true)}\" is a locked field and cannot be removed.");
            return Redirect($"/admin/forms/{name}");
        }

        fields.Remove(existing);
        definition.SetFields(fields);
        if (definition.ConfirmationField == field)
        {
            definition.ConfirmationField = null;
        }

        definition.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T("項目を削除しました。", "The field was removed.");
        return Redirect($"/admin/forms/{name}");
    }

    private async Task<IActionResult> SaveFieldAsync(string name, string? original, FieldForm form, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var fields = definition?.GetFields();
        var index = original is null ? -1 : fields?.FindIndex(f => f.Name == original) ?? -1;
        if (definition is null || fields is null || (original is not null && index < 0))
        {
            return NotFound();
        }

        var existing = index >= 0 ? fields[index] : null;
        var locked = existing is not null && store.IsLocked(name, existing) ? existing : null;
        var module = store.ModuleTemplate(name);
        if (locked is not null && module is not null)
        {
            TempData["Error"] = T($"「{locked.LabelJa}」はモジュールが表示する固定項目のため、ここでは変更できません。", $"\"{locked.Label(true)}\" is a locked field the module shows itself: it cannot be changed here.");
            return Redirect($"/admin/forms/{name}");
        }

        if (module is not null && form.Kind == Core.Forms.FormFieldKind.File)
        {
            ModelState.AddModelError("Form.Kind", T("このフォームでは、ファイルはモジュールの添付ファイル欄で受け付けます。ファイル以外の種類を選んでください。", "This form takes files through the module's own attachments: choose a kind other than file."));
        }

        if (locked is not null && (form.Kind != locked.Kind || (form.Name is not null && form.Name != locked.Name)))
        {
            ModelState.AddModelError("Form.Kind", T("固定項目の種類と項目名は変更できません。", "The kind and name of a locked field cannot be changed."));
        }

        var field = form.ToField(locked);
        foreach (var (key, message) in FormRules.CheckField(field, fields.Where((_, i) => i != index)))
        {
            ModelState.AddModelError("Form." + key, message);
        }

        if (ModelState.ErrorCount > 0)
        {
            return View("Field", new FieldEditPage(definition, original, form, locked is not null, module));
        }

        if (index >= 0)
        {
            fields[index] = field;
        }
        else
        {
            fields.Add(field);
        }

        if (original is not null && original != field.Name && definition.ConfirmationField == original)
        {
            definition.ConfirmationField = field.Name;
        }

        definition.SetFields(fields);
        definition.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T($"項目「{field.LabelJa}」を保存しました。", $"The field \"{field.Label(true)}\" was saved.");
        return Redirect($"/admin/forms/{name}#fields");
    }
}

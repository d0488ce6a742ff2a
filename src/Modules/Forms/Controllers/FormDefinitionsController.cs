using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Controllers;

/// <summary>
/// Form definitions: settings and fields, each field edited on its own page and moved with buttons,
/// so everything works without JavaScript. Locked fields are enforced here, not only in the views.
/// </summary>
[Route("admin/forms")]
internal sealed class FormDefinitionsController(FormsDbContext db, FormDefinitionStore store, TimeProvider clock) : Controller
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "submissions", "new" };

    [HttpGet("")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var forms = await db.Definitions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var counts = await db.Submissions.GroupBy(s => s.FormId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return View(new FormListPage(forms, counts));
    }

    [HttpGet("new")]
    [AuthorizePermission("ManageForms")]
    public IActionResult Create() => View(new NewFormPage(new NewFormForm()));

    [HttpPost("new")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewFormForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = form.Name?.Trim() ?? string.Empty;
        var definition = new FormDefinition
        {
            Name = name,
            TitleJa = form.TitleJa?.Trim() ?? string.Empty,
            TitleEn = form.TitleEn?.Trim() ?? string.Empty,
            ThankYouJa = "送信ありがとうございました。",
            ThankYouEn = "Thank you for your submission.",
            ReceiptPrefix = FormDefinitionStore.PrefixFor(name),
            IsOpen = false,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        var errors = FormRules.CheckDefinition(definition, []);
        if (ReservedNames.Contains(name) || await db.Definitions.AnyAsync(d => d.Name == name, cancellationToken))
        {
            errors.TryAdd("Name", T("この名前はすでに使われています。", "This name is already taken."));
        }

        if (errors.Count > 0 || !ModelState.IsValid)
        {
            AddErrors(errors);
            return View(new NewFormPage(form));
        }

        db.Definitions.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T("フォームを作成しました。項目を追加してから受付を開始してください。", "The form was created. Add its fields, then open it.");
        return Redirect($"/admin/forms/{name}");
    }

    [HttpGet("{name}")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        return definition is null ? NotFound() : View(EditPage(definition, FormSettingsForm.From(definition)));
    }

    [HttpPost("{name}")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> Edit(string name, [Bind(Prefix = "Form")] FormSettingsForm form, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        if (definition is null)
        {
            return NotFound();
        }

        var fields = definition.GetFields();
        form.ApplyTo(definition);
        var errors = FormRules.CheckDefinition(definition, fields);
        if (errors.Count > 0 || !ModelState.IsValid)
        {
            db.Entry(definition).State = EntityState.Unchanged;
            AddErrors(errors);
            return View(EditPage(definition, form));
        }

        definition.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = T("フォームの設定を保存しました。", "The form settings were saved.");
        return Redirect($"/admin/forms/{name}");
    }

    [HttpGet("{name}/fields/new")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> AddField(string name, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        return definition is null ? NotFound() : View("Field", new FieldEditPage(definition, null, new FieldForm(), false));
    }

    [HttpPost("{name}/fields/new")]
    [AuthorizePermission("ManageForms")]
    public Task<IActionResult> AddField(string name, [Bind(Prefix = "Form")] FieldForm form, CancellationToken cancellationToken) =>
        SaveFieldAsync(name, null, form, cancellationToken);

    [HttpGet("{name}/fields/{field}")]
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> EditField(string name, string field, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var existing = definition?.GetFields().FirstOrDefault(f => f.Name == field);
        return definition is null || existing is null
            ? NotFound()
            : View("Field", new FieldEditPage(definition, field, FieldForm.From(existing), store.IsLocked(name, existing)));
    }

    [HttpPost("{name}/fields/{field}")]
    [AuthorizePermission("ManageForms")]
    public Task<IActionResult> EditField(string name, string field, [Bind(Prefix = "Form")] FieldForm form, CancellationToken cancellationToken) =>
        SaveFieldAsync(name, field, form, cancellationToken);

    [HttpPost("{name}/fields/{field}/move")]
    [AuthorizePermission("ManageForms")]
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
    [AuthorizePermission("ManageForms")]
    public async Task<IActionResult> DeleteField(string name, string field, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        var existing = definition?.GetFields().FirstOrDefault(f => f.Name == field);
        return definition is null || existing is null
            ? NotFound()
            : View(new FieldEditPage(definition, field, FieldForm.From(existing), store.IsLocked(name, existing)));
    }

    [HttpPost("{name}/fields/{field}/delete")]
    [AuthorizePermission("ManageForms")]
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
            return View("Field", new FieldEditPage(definition, original, form, locked is not null));
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

    private FormEditPage EditPage(FormDefinition definition, FormSettingsForm form)
    {
        var fields = definition.GetFields();
        return new FormEditPage(definition, fields, form, fields.Where(f => store.IsLocked(definition.Name, f)).Select(f => f.Name).ToHashSet());
    }

    private void AddErrors(Dictionary<string, string> errors)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError("Form." + key, message);
        }
    }
}

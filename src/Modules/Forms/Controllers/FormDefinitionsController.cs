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
internal sealed partial class FormDefinitionsController(FormsDbContext db, FormDefinitionStore store, TimeProvider clock) : Controller
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "submissions", "new" };

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var forms = await db.Definitions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var counts = await db.Submissions.GroupBy(s => s.FormId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return View(new FormListPage(forms, counts, store.Templates.ToDictionary(t => t.FormName, t => t.PublicPath, StringComparer.Ordinal)));
    }

    [HttpGet("new")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public IActionResult Create() => View(new NewFormPage(new NewFormForm()));

    [HttpPost("new")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
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
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        return definition is null ? NotFound() : View(EditPage(definition, FormSettingsForm.From(definition)));
    }

    [HttpPost("{name}")]
    [AuthorizePermission(Permissions.Names.ManageForms)]
    public async Task<IActionResult> Edit(string name, [Bind(Prefix = "Form")] FormSettingsForm form, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(name, cancellationToken);
        if (definition is null)
        {
            return NotFound();
        }

        if (store.ModuleTemplate(name) is not null)
        {
            TempData["Error"] = T("このフォームはモジュールが自身のページで表示するため、設定はありません。追加した項目だけを変更できます。", "A module shows this form on its own page: it has no settings here, only the fields editors added.");
            return Redirect($"/admin/forms/{name}");
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

    private FormEditPage EditPage(FormDefinition definition, FormSettingsForm form)
    {
        var fields = definition.GetFields();
        return new FormEditPage(
            definition, fields, form, fields.Where(f => store.IsLocked(definition.Name, f)).Select(f => f.Name).ToHashSet(), store.ModuleTemplate(definition.Name));
    }

    private void AddErrors(Dictionary<string, string> errors)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError("Form." + key, message);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Reads definitions and keeps the forms modules declare (with their locked fields) in place.</summary>
internal sealed class FormDefinitionStore(FormsDbContext db, IEnumerable<IFormTemplateProvider> providers, TimeProvider clock)
{
    public IEnumerable<LockedFormTemplate> Templates => providers.SelectMany(p => p.Templates);

    public Task<FormDefinition?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Definitions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);

    /// <summary>The module that shows this form itself declared it, or null for a form Forms serves.</summary>
    public LockedFormTemplate? ModuleTemplate(string formName) => Templates.FirstOrDefault(t => t.FormName == formName);

    /// <summary>The fields editors added to a module's form: the module renders the locked ones, and files go through its own attachments.</summary>
    public IReadOnlyList<FormField> EditorFields(FormDefinition form) =>
        [.. form.GetFields().Where(f => !IsLocked(form.Name, f) && f.Kind != FormFieldKind.File)];

    /// <summary>True when a module locks this field of this form (or the field says it is locked).</summary>
    public bool IsLocked(string formName, FormField field) =>
        field.Locked || Templates.Any(t => t.FormName == formName && t.LockedFields.Any(f => f.Name == field.Name));

    /// <summary>Creates declared forms that are missing and adds missing locked fields to existing ones.</summary>
    public async Task EnsureTemplatesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var template in Templates)
        {
            var form = await FindAsync(template.FormName, cancellationToken);
            if (form is null)
            {
                form = new FormDefinition
                {
                    Name = template.FormName,
                    TitleJa = template.Title.Ja,
                    TitleEn = template.Title.En,
                    ThankYouJa = "送信ありがとうございました。",
                    ThankYouEn = "Thank you for your submission.",
                    ReceiptPrefix = PrefixFor(template.FormName),
                    CreatedUtc = now,
                    ModifiedUtc = now,
                };
                db.Definitions.Add(form);
            }

            var fields = form.GetFields();
            var changed = form.Id == 0;
            foreach (var locked in template.LockedFields)
            {
                var existing = fields.FirstOrDefault(f => f.Name == locked.Name);
                if (existing is null)
                {
                    fields.Add(FromTemplate(locked));
                    changed = true;
                }
                else if (!existing.Locked || existing.Kind != locked.Kind)
                {
                    existing.Locked = true;
                    existing.Kind = locked.Kind;
                    changed = true;
                }
            }

            if (changed)
            {
                form.SetFields(fields);
                form.ModifiedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static FormField FromTemplate(FormFieldTemplate template) => new()
    {
        Name = template.Name,
        Kind = template.Kind,
        LabelJa = template.Label.Ja,
        LabelEn = template.Label.En,
        HelpJa = template.Help?.Ja ?? string.Empty,
        HelpEn = template.Help?.En ?? string.Empty,
        Required = template.Required,
        MaxLength = template.MaxLength,
        Options = [.. (template.Options ?? []).Select(o => new FormFieldOption { Value = o.Value, LabelJa = o.Label.Ja, LabelEn = o.Label.En })],
        Locked = true,
    };

    /// <summary>The first letter of the name, upper-case: "contact" → "C".</summary>
    public static string PrefixFor(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) ? char.ToUpperInvariant(name[0]).ToString() : "F";
}

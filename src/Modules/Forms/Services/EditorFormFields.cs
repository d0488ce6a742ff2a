using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>
/// Renders and validates the fields editors added to a module's form with the public forms' own partial and rules.
/// Nothing is stored here: the module that owns the form keeps the answers.
/// </summary>
internal sealed class EditorFormFields(FormDefinitionStore store, IHtmlHelper html) : IEditorFormFields
{
    private const string FieldPartial = "/Views/PublicForms/_PublicField.cshtml";

    public async Task<IHtmlContent?> RenderAsync(
        ViewContext viewContext, string formName, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        var (form, fields) = await FieldsAsync(formName, cancellationToken);
        if (form is null || fields.Count == 0)
        {
            return null;
        }

        ((IViewContextAware)html).Contextualize(viewContext);
        var page = new PublicFormPage(form, fields, values, Cultures.Current == Cultures.English, string.Empty);
        var content = new HtmlContentBuilder();
        foreach (var field in fields)
        {
            content.AppendHtml(await html.PartialAsync(FieldPartial, new PublicFieldView(page, field)));
        }

        return content;
    }

    public async Task<EditorFieldsResult> ValidateAsync(string formName, IFormCollection posted, CancellationToken cancellationToken = default)
    {
        var (form, fields) = await FieldsAsync(formName, cancellationToken);
        if (form is null || fields.Count == 0)
        {
            return new EditorFieldsResult([], []);
        }

        var values = fields.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<string>)[.. posted[FormValidator.InputId(f.Name)].Where(v => v is not null).Select(v => v!)],
            StringComparer.Ordinal);
        var result = FormValidator.Validate(fields, new FormInput(values, new Dictionary<string, PostedFile>()));
        var answers = fields
            .Where(f => result.Values.GetValueOrDefault(f.Name) is { Length: > 0 })
            .Select(f => new EditorFieldAnswer(f.Name, Localized(f.LabelJa, f.LabelEn), result.Values[f.Name], AnswerText(f, result.Values[f.Name])))
            .ToList();
        var errors = fields
            .Select(f => FormValidator.InputId(f.Name))
            .Where(result.Errors.ContainsKey)
            .Select(id => KeyValuePair.Create(id, result.Errors[id]))
            .ToList();
        return new EditorFieldsResult(answers, errors);
    }

    private async Task<(FormDefinition? Form, IReadOnlyList<FormField> Fields)> FieldsAsync(string formName, CancellationToken cancellationToken)
    {
        var form = store.ModuleTemplate(formName) is null ? null : await store.FindAsync(formName, cancellationToken);
        return form is null ? (null, []) : (form, store.EditorFields(form));
    }

    /// <summary>A ticked box reads はい/Yes; chosen options read as their labels.</summary>
    private static LocalizedText AnswerText(FormField field, string value)
    {
        if (field.Kind is FormFieldKind.Checkbox or FormFieldKind.Consent && field.Options.Count == 0)
        {
            return new LocalizedText("はい", "Yes");
        }

        if (!field.HasOptions)
        {
            return new LocalizedText(value, value);
        }

        var chosen = field.Options.Where(o => value.Split(", ").Contains(o.Value, StringComparer.Ordinal)).ToList();
        return new LocalizedText(string.Join("、", chosen.Select(o => o.LabelJa)), string.Join(", ", chosen.Select(o => o.Label(true))));
    }

    private static LocalizedText Localized(string ja, string en) => new(ja, en.Length > 0 ? en : ja);
}

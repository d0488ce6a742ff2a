using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Forms;

/// <summary>
/// One answer to an editor-added field, as the module that owns the form stores it: the label as it was asked, the
/// value as posted (normalised, to show the form again) and the answer as people read it (option labels, はい/Yes).
/// </summary>
public sealed record EditorFieldAnswer(string Name, LocalizedText Label, string Value, LocalizedText Text);

/// <summary>The answers in the form's order, and the errors by input id (in the visitor's language) in the same order.</summary>
public sealed record EditorFieldsResult(IReadOnlyList<EditorFieldAnswer> Answers, IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The values to show again in the form, by field name.</summary>
    public IReadOnlyDictionary<string, string> Values => Answers.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}

/// <summary>
/// The fields editors added to a form a module declared (<see cref="IFormTemplateProvider"/>), e.g. the proposal form.
/// The module renders its own core form and stores the answers; Forms only renders and validates these fields here,
/// stores nothing, raises no form event and sends no e-mail for them. Implemented by Forms.
/// </summary>
public interface IEditorFormFields
{
    /// <summary>The editor-added fields with the values to show again and the errors in the view's model state; null when there are none.</summary>
    Task<IHtmlContent?> RenderAsync(ViewContext viewContext, string formName, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default);

    /// <summary>Normalises and checks what was posted for the editor-added fields (files are not among them).</summary>
    Task<EditorFieldsResult> ValidateAsync(string formName, IFormCollection posted, CancellationToken cancellationToken = default);
}

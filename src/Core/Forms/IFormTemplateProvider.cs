using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Forms;

public enum FormFieldKind
{
    Text,
    MultilineText,
    Email,
    Phone,
    PostalCode,
    Select,
    Radio,
    Checkbox,
    Date,
    Number,
    File,
    Consent,
}

public sealed record FormOption(string Value, LocalizedText Label);

/// <summary>A field a module needs on a form; editors may relabel it but not remove it or change its kind.</summary>
public sealed record FormFieldTemplate(
    string Name,
    FormFieldKind Kind,
    LocalizedText Label,
    bool Required,
    LocalizedText? Help = null,
    IReadOnlyList<FormOption>? Options = null,
    int? MaxLength = null);

/// <summary>
/// A form a module owns (by name, e.g. "proposal"), the page where the module shows it, and the core fields it locks
/// (the module renders those itself; their options come from the module when the form is shown).
/// </summary>
public sealed record LockedFormTemplate(string FormName, LocalizedText Title, string PublicPath, IReadOnlyList<FormFieldTemplate> LockedFields);

/// <summary>
/// Modules declare the forms they show themselves (singleton). The Forms module creates them if missing, lets editors
/// add fields to them (<see cref="IEditorFormFields"/>) and never serves them at /forms/{name}.
/// </summary>
public interface IFormTemplateProvider
{
    IEnumerable<LockedFormTemplate> Templates { get; }
}

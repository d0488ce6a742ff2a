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

/// <summary>A form a module owns (by name, e.g. "proposal") and the core fields it locks.</summary>
public sealed record LockedFormTemplate(string FormName, LocalizedText Title, IReadOnlyList<FormFieldTemplate> LockedFields);

/// <summary>Modules declare forms with locked core fields (singleton). The Forms module creates them if missing.</summary>
public interface IFormTemplateProvider
{
    IEnumerable<LockedFormTemplate> Templates { get; }
}

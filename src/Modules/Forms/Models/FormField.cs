using OpenCityAomori.Core.Forms;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>One field of a form definition; stored as JSON in the definition row.</summary>
internal sealed class FormField
{
    /// <summary>Lowercase letters, digits and underscores, starting with a letter: it becomes the input's name and id.</summary>
    public string Name { get; set; } = string.Empty;

    public FormFieldKind Kind { get; set; }

    public string LabelJa { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public string HelpJa { get; set; } = string.Empty;

    public string HelpEn { get; set; } = string.Empty;

    public bool Required { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>A .NET regular expression the whole (normalised) value must match.</summary>
    public string? Pattern { get; set; }

    public string PatternMessageJa { get; set; } = string.Empty;

    public string PatternMessageEn { get; set; } = string.Empty;

    /// <summary>Lowercase extensions without dots, for file fields.</summary>
    public List<string> Extensions { get; set; } = [];

    public long? MaxBytes { get; set; }

    /// <summary>For select, radio and checkbox (a checkbox without options is one yes/no box).</summary>
    public List<FormFieldOption> Options { get; set; } = [];

    /// <summary>A core field a module declared (IFormTemplateProvider): relabelled only, never removed nor retyped.</summary>
    public bool Locked { get; set; }

    public string Label(bool english) => english && LabelEn.Length > 0 ? LabelEn : LabelJa;

    public string Help(bool english) => english && HelpEn.Length > 0 ? HelpEn : HelpJa;

    public bool HasOptions => Kind is FormFieldKind.Select or FormFieldKind.Radio || (Kind == FormFieldKind.Checkbox && Options.Count > 0);
}

internal sealed class FormFieldOption
{
    public string Value { get; set; } = string.Empty;

    public string LabelJa { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public string Label(bool english) => english && LabelEn.Length > 0 ? LabelEn : LabelJa;
}

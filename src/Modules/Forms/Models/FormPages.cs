namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>A public form: its definition, the fields and the values to show again after an error.</summary>
internal sealed record PublicFormPage(FormDefinition Form, IReadOnlyList<FormField> Fields, IReadOnlyDictionary<string, string> Values, bool English, string Action)
{
    public string Value(string name) => Values.GetValueOrDefault(name) ?? string.Empty;

    public bool IsChosen(string name, string option) =>
        Value(name).Split(", ", StringSplitOptions.RemoveEmptyEntries).Contains(option, StringComparer.Ordinal);
}

/// <summary>The thank-you page; no receipt number when nothing was stored (the honeypot was filled).</summary>
internal sealed record ThanksPage(FormDefinition Form, string? ReceiptNumber, bool English);

/// <summary>One field of a public form as the partial renders it.</summary>
internal sealed record PublicFieldView(PublicFormPage Page, FormField Field);

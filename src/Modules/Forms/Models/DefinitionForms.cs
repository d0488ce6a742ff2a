using System.Globalization;
using OpenCityAomori.Core.Forms;

namespace OpenCityAomori.Modules.Forms.Models;

/// <summary>A new form: its URL name and title. Empty inputs arrive as null.</summary>
internal sealed class NewFormForm
{
    public string? Name { get; set; }

    public string? TitleJa { get; set; }

    public string? TitleEn { get; set; }
}

/// <summary>The settings of a form as the edit page posts them.</summary>
internal sealed class FormSettingsForm
{
    public string? TitleJa { get; set; }

    public string? TitleEn { get; set; }

    public string? IntroJa { get; set; }

    public string? IntroEn { get; set; }

    public string? ThankYouJa { get; set; }

    public string? ThankYouEn { get; set; }

    public string? ConfirmationField { get; set; }

    public string? NotifyEmails { get; set; }

    public int RetentionDays { get; set; }

    public bool IsOpen { get; set; }

    public string? ReceiptPrefix { get; set; }

    public static FormSettingsForm From(FormDefinition d) => new()
    {
        TitleJa = d.TitleJa, TitleEn = d.TitleEn, IntroJa = d.IntroJa, IntroEn = d.IntroEn, ThankYouJa = d.ThankYouJa, ThankYouEn = d.ThankYouEn,
        ConfirmationField = d.ConfirmationField, NotifyEmails = d.NotifyEmails, RetentionDays = d.RetentionDays, IsOpen = d.IsOpen, ReceiptPrefix = d.ReceiptPrefix,
    };

    public void ApplyTo(FormDefinition d)
    {
        d.TitleJa = TitleJa?.Trim() ?? string.Empty;
        d.TitleEn = TitleEn?.Trim() ?? string.Empty;
        d.IntroJa = IntroJa?.Trim() ?? string.Empty;
        d.IntroEn = IntroEn?.Trim() ?? string.Empty;
        d.ThankYouJa = ThankYouJa?.Trim() ?? string.Empty;
        d.ThankYouEn = ThankYouEn?.Trim() ?? string.Empty;
        d.ConfirmationField = string.IsNullOrWhiteSpace(ConfirmationField) ? null : ConfirmationField.Trim();
        d.NotifyEmails = string.Join("\n", (NotifyEmails ?? string.Empty).Split(['\n', '\r', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        d.RetentionDays = RetentionDays;
        d.IsOpen = IsOpen;
        d.ReceiptPrefix = ReceiptPrefix?.Trim() ?? string.Empty;
    }
}

/// <summary>One field as the field editor posts it; options one per line as value|日本語|English.</summary>
internal sealed class FieldForm
{
    public string? Name { get; set; }

    public FormFieldKind Kind { get; set; }

    public string? LabelJa { get; set; }

    public string? LabelEn { get; set; }

    public string? HelpJa { get; set; }

    public string? HelpEn { get; set; }

    public bool Required { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public string? PatternMessageJa { get; set; }

    public string? PatternMessageEn { get; set; }

    public string? Extensions { get; set; }

    public int? MaxKilobytes { get; set; }

    public string? Options { get; set; }

    public static FieldForm From(FormField f) => new()
    {
        Name = f.Name, Kind = f.Kind, LabelJa = f.LabelJa, LabelEn = f.LabelEn, HelpJa = f.HelpJa, HelpEn = f.HelpEn, Required = f.Required,
        MinLength = f.MinLength, MaxLength = f.MaxLength, Pattern = f.Pattern, PatternMessageJa = f.PatternMessageJa, PatternMessageEn = f.PatternMessageEn,
        Extensions = string.Join(", ", f.Extensions), MaxKilobytes = f.MaxBytes is { } b ? (int)(b / 1024) : null,
        Options = string.Join("\n", f.Options.Select(o => $"{o.Value}|{o.LabelJa}|{o.LabelEn}")),
    };

    /// <summary>The field as edited; for a locked field only the texts change (name, kind and required stay).</summary>
    public FormField ToField(FormField? locked)
    {
        var field = new FormField
        {
            Name = locked?.Name ?? Name?.Trim() ?? string.Empty,
            Kind = locked?.Kind ?? Kind,
            LabelJa = LabelJa?.Trim() ?? string.Empty,
            LabelEn = LabelEn?.Trim() ?? string.Empty,
            HelpJa = HelpJa?.Trim() ?? string.Empty,
            HelpEn = HelpEn?.Trim() ?? string.Empty,
            Required = locked?.Required ?? Required,
            MinLength = MinLength,
            MaxLength = MaxLength,
            Pattern = string.IsNullOrWhiteSpace(Pattern) ? null : Pattern.Trim(),
            PatternMessageJa = PatternMessageJa?.Trim() ?? string.Empty,
            PatternMessageEn = PatternMessageEn?.Trim() ?? string.Empty,
            Extensions = [.. (Extensions ?? string.Empty).Split([',', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.TrimStart('.').ToLowerInvariant()).Distinct()],
            MaxBytes = MaxKilobytes is { } kb ? kb * 1024L : null,
            Options = [.. ParseOptions(Options)],
            Locked = locked is not null,
        };
        if (locked is not null && locked.Options.Count > 0 && field.Options.Count == 0)
        {
            field.Options = locked.Options;
        }

        return field;
    }

    private static IEnumerable<FormFieldOption> ParseOptions(string? text)
    {
        foreach (var line in (text ?? string.Empty).Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            yield return new FormFieldOption
            {
                Value = parts[0],
                LabelJa = parts.Length > 1 ? parts[1] : parts[0],
                LabelEn = parts.Length > 2 ? parts[2] : string.Empty,
            };
        }
    }

    public static string KindName(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Text => Core.Localization.Cultures.T("1行テキスト", "Text"),
        FormFieldKind.MultilineText => Core.Localization.Cultures.T("複数行テキスト", "Multi-line text"),
        FormFieldKind.Email => Core.Localization.Cultures.T("メールアドレス", "E-mail"),
        FormFieldKind.Phone => Core.Localization.Cultures.T("電話番号", "Phone"),
        FormFieldKind.PostalCode => Core.Localization.Cultures.T("郵便番号", "Postal code"),
        FormFieldKind.Select => Core.Localization.Cultures.T("プルダウン", "Select"),
        FormFieldKind.Radio => Core.Localization.Cultures.T("ラジオボタン", "Radio buttons"),
        FormFieldKind.Checkbox => Core.Localization.Cultures.T("チェックボックス", "Checkboxes"),
        FormFieldKind.Date => Core.Localization.Cultures.T("日付", "Date"),
        FormFieldKind.Number => Core.Localization.Cultures.T("数値", "Number"),
        FormFieldKind.File => Core.Localization.Cultures.T("ファイル添付", "File upload"),
        _ => Core.Localization.Cultures.T("同意チェック", "Consent"),
    };

    public static string Kb(long? bytes) => bytes is { } b ? (b / 1024).ToString(CultureInfo.InvariantCulture) : string.Empty;
}

internal sealed record NewFormPage(NewFormForm Form);

/// <summary>The forms; a module's form is shown on the module's own page (its path by form name).</summary>
internal sealed record FormListPage(IReadOnlyList<FormDefinition> Forms, IReadOnlyDictionary<int, int> SubmissionCounts, IReadOnlyDictionary<string, string> ModulePaths);

/// <summary>A form's edit page; <paramref name="Module"/> is set for a form a module shows itself (only editor-added fields change here).</summary>
internal sealed record FormEditPage(FormDefinition Definition, IReadOnlyList<FormField> Fields, FormSettingsForm Form, IReadOnlySet<string> Locked, LockedFormTemplate? Module);

internal sealed record FieldEditPage(FormDefinition Definition, string? OriginalName, FieldForm Form, bool IsLocked, LockedFormTemplate? Module = null)
{
    /// <summary>A module renders its locked fields itself: nothing of them changes here.</summary>
    public bool IsReadOnly => IsLocked && Module is not null;
}

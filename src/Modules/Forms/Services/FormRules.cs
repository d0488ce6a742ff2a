using System.Text.RegularExpressions;
using OpenCityAomori.Core.Files;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Modules.Forms.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>What a definition and its fields must satisfy; errors keyed by the admin form's input names.</summary>
internal static partial class FormRules
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    public static Dictionary<string, string> CheckDefinition(FormDefinition form, IReadOnlyList<FormField> fields)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!IsValidName(form.Name))
        {
            errors["Name"] = T("名前は半角英小文字で始まり、英小文字・数字・ハイフンだけを使ってください（64文字まで）。", "The name starts with a lowercase letter and uses lowercase letters, digits and hyphens only (up to 64).");
        }

        if (string.IsNullOrWhiteSpace(form.TitleJa))
        {
            errors["TitleJa"] = T("タイトル（日本語）を入力してください。", "Enter the Japanese title.");
        }

        if (!PrefixPattern().IsMatch(form.ReceiptPrefix))
        {
            errors["ReceiptPrefix"] = T("受付番号の接頭辞は半角英大文字1〜5文字です。", "The receipt prefix is 1 to 5 uppercase letters.");
        }

        if (form.RetentionDays is < 0 or > 3650)
        {
            errors["RetentionDays"] = T("保存期間は0〜3650日で指定してください。", "Keep submissions for 0 to 3650 days.");
        }

        var bad = form.GetNotifyEmails().Where(e => !FormValidator.IsEmail(e)).ToList();
        if (bad.Count > 0)
        {
            errors["NotifyEmails"] = T($"メールアドレスではありません：{string.Join(", ", bad)}", $"Not e-mail addresses: {string.Join(", ", bad)}");
        }

        if (form.ConfirmationField is { Length: > 0 } confirm && !fields.Any(f => f.Name == confirm && f.Kind == FormFieldKind.Email))
        {
            errors["ConfirmationField"] = T("確認メールの宛先にはメールアドレス欄を選んでください。", "The confirmation goes to an e-mail field of the form.");
        }

        foreach (var field in fields)
        {
            foreach (var (key, message) in CheckField(field, fields.Where(f => !ReferenceEquals(f, field))))
            {
                errors.TryAdd(key, $"{field.Name}: {message}");
            }
        }

        return errors;
    }

    public static Dictionary<string, string> CheckField(FormField field, IEnumerable<FormField> others)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!FieldNamePattern().IsMatch(field.Name))
        {
            errors["Name"] = T("項目名は半角英小文字で始まり、英小文字・数字・アンダースコアだけを使ってください（40文字まで）。", "The field name starts with a lowercase letter and uses lowercase letters, digits and underscores (up to 40).");
        }
        else if (others.Any(o => o.Name == field.Name))
        {
            errors["Name"] = T("同じ項目名がすでにあります。", "Another field has this name.");
        }

        if (string.IsNullOrWhiteSpace(field.LabelJa))
        {
            errors["LabelJa"] = T("ラベル（日本語）を入力してください。", "Enter the Japanese label.");
        }

        if (field.MinLength is < 0 || field.MaxLength is < 1 || (field.MinLength is { } min && field.MaxLength is { } max && min > max))
        {
            errors["MaxLength"] = T("文字数の範囲が正しくありません。", "The length range is not valid.");
        }

        if (!string.IsNullOrEmpty(field.Pattern) && !IsValidPattern(field.Pattern))
        {
            errors["Pattern"] = T("正規表現として正しくありません。", "This is not a valid regular expression.");
        }

        if (field.Kind is FormFieldKind.Select or FormFieldKind.Radio && field.Options.Count == 0)
        {
            errors["Options"] = T("選択肢を1つ以上入力してください。", "Enter at least one option.");
        }

        if (field.Options.Any(o => o.Value.Length == 0 || o.LabelJa.Length == 0) || field.Options.Select(o => o.Value).Distinct().Count() != field.Options.Count)
        {
            errors["Options"] = T("選択肢は「値|日本語|英語」の形で、値は重ならないようにしてください。", "Write options as value|Japanese|English, each value once.");
        }

        if (field.Kind == FormFieldKind.File)
        {
            var unknown = field.Extensions.Where(e => !FileSignature.IsKnown(e)).ToList();
            if (field.Extensions.Count == 0 || unknown.Count > 0)
            {
                errors["Extensions"] = T($"使える拡張子：{string.Join(", ", FileSignature.ContentTypes.Keys)}", $"Allowed extensions: {string.Join(", ", FileSignature.ContentTypes.Keys)}");
            }

            if (field.MaxBytes is < 1 or > MaxFileBytes)
            {
                errors["MaxBytes"] = T("最大サイズは1バイト〜10MBです。", "The maximum size is 1 byte to 10 MB.");
            }
        }

        return errors;
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex FieldNamePattern();

    [GeneratedRegex("^[A-Z]{1,5}$")]
    private static partial Regex PrefixPattern();
}

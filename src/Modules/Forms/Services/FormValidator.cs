using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Files;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>A file as posted: the client's name and the bytes.</summary>
internal sealed record PostedFile(string FileName, long Length, byte[] Bytes);

/// <summary>What a visitor posted, by field name (checkbox groups post several values).</summary>
internal sealed record FormInput(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyDictionary<string, PostedFile> Files);

/// <summary>A file that passed the checks, ready to store.</summary>
internal sealed record AcceptedFile(string FieldName, string FileName, string ContentType, byte[] Bytes);

/// <summary>The normalised values (what is stored and shown again), the accepted files and the errors by input id.</summary>
internal sealed record FormValidationResult(Dictionary<string, string> Values, List<AcceptedFile> Files, Dictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Normalises and checks a submission against the form's fields; messages in the current UI language.</summary>
internal static partial class FormValidator
{
    public const int DefaultTextMax = 200;
    public const int DefaultMultilineMax = 5000;
    public const long DefaultFileMaxBytes = 5 * 1024 * 1024;

    /// <summary>The id and ModelState key of a field's control (the summary links to it).</summary>
    public static string InputId(string fieldName) => "f_" + fieldName;

    public static FormValidationResult Validate(IReadOnlyList<FormField> fields, FormInput input)
    {
        var result = new FormValidationResult(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            var label = field.Label(Current == English);
            if (field.Kind == FormFieldKind.File)
            {
                CheckFile(field, label, input.Files.GetValueOrDefault(field.Name), result);
                continue;
            }

            var raw = input.Values.GetValueOrDefault(field.Name) ?? [];
            var error = field.Kind switch
            {
                FormFieldKind.Checkbox when field.Options.Count > 0 => CheckChoices(field, label, raw, result.Values),
                FormFieldKind.Checkbox or FormFieldKind.Consent => CheckBox(field, label, raw, result.Values),
                _ => CheckValue(field, label, Normalize(field.Kind, raw.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? string.Empty), result.Values),
            };
            if (error is not null)
            {
                result.Errors[InputId(field.Name)] = error;
            }
        }

        return result;
    }

    public static string Normalize(FormFieldKind kind, string value) => kind switch
    {
        FormFieldKind.Phone => JapaneseInput.Phone(value),
        FormFieldKind.PostalCode => JapaneseInput.PostalCode(value),
        FormFieldKind.Number => JapaneseInput.Number(value),
        FormFieldKind.Email => JapaneseInput.Email(value),
        FormFieldKind.Date => JapaneseInput.Numeric(value).Replace('/', '-'),
        _ => JapaneseInput.Text(value),
    };

    private static string? CheckValue(FormField field, string label, string value, Dictionary<string, string> values)
    {
        values[field.Name] = value;
        if (value.Length == 0)
        {
            return !field.Required ? null
                : field.Kind is FormFieldKind.Select or FormFieldKind.Radio ? T($"{label}を選んでください。", $"Choose {label}.")
                : T($"{label}を入力してください。", $"Enter {label}.");
        }

        var length = new StringInfo(value).LengthInTextElements;
        var max = field.MaxLength ?? (field.Kind == FormFieldKind.MultilineText ? DefaultMultilineMax : DefaultTextMax);
        if (length > max)
        {
            return T($"{label}は{max}文字以内で入力してください（現在{length}文字）。", $"{label} must be {max} characters or fewer (now {length}).");
        }

        if (field.MinLength is { } min && length < min)
        {
            return T($"{label}は{min}文字以上で入力してください。", $"{label} must be at least {min} characters.");
        }

        var kindError = field.Kind switch
        {
            FormFieldKind.Email when !IsEmail(value) => T($"{label}はメールアドレスの形式（例：name@example.jp）で入力してください。", $"Enter {label} as an e-mail address, like name@example.jp."),
            FormFieldKind.Phone when !IsPhone(value) => T($"{label}は半角数字とハイフンで入力してください（例：017-761-4154）。", $"Enter {label} as digits and hyphens, like 017-761-4154."),
            FormFieldKind.PostalCode when !PostalPattern().IsMatch(value) => T($"{label}は7桁の郵便番号で入力してください（例：030-8505）。", $"Enter {label} as a 7-digit postal code, like 030-8505."),
            FormFieldKind.Number when !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) => T($"{label}は数字で入力してください。", $"Enter {label} as a number."),
            FormFieldKind.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => T($"{label}は日付（例：2026-04-01）で入力してください。", $"Enter {label} as a date, like 2026-04-01."),
            FormFieldKind.Select or FormFieldKind.Radio when !field.Options.Any(o => o.Value == value) => T($"{label}は一覧から選んでください。", $"Choose {label} from the list."),
            _ => null,
        };
        if (kindError is not null)
        {
            return kindError;
        }

        if (!string.IsNullOrEmpty(field.Pattern) && !MatchesPattern(field.Pattern, value))
        {
            var custom = T(field.PatternMessageJa, field.PatternMessageEn.Length > 0 ? field.PatternMessageEn : field.PatternMessageJa);
            return custom.Length > 0 ? custom : T($"{label}の形式が正しくありません。", $"{label} is not in the expected format.");
        }

        return null;
    }

    private static string? CheckChoices(FormField field, string label, IReadOnlyList<string> raw, Dictionary<string, string> values)
    {
        var chosen = field.Options.Where(o => raw.Contains(o.Value, StringComparer.Ordinal)).Select(o => o.Value).ToList();
        values[field.Name] = string.Join(", ", chosen);
        if (raw.Any(v => v.Length > 0 && !field.Options.Any(o => o.Value == v)))
        {
            return T($"{label}は一覧から選んでください。", $"Choose {label} from the list.");
        }

        return field.Required && chosen.Count == 0 ? T($"{label}を1つ以上選んでください。", $"Choose at least one {label}.") : null;
    }

    private static string? CheckBox(FormField field, string label, IReadOnlyList<string> raw, Dictionary<string, string> values)
    {
        var isChecked = raw.Contains("true", StringComparer.Ordinal);
        values[field.Name] = isChecked ? "true" : string.Empty;
        if (isChecked || !field.Required)
        {
            return null;
        }

        return field.Kind == FormFieldKind.Consent
            ? T($"送信するには「{label}」に同意してください。", $"To send the form, agree to \"{label}\".")
            : T($"「{label}」にチェックを入れてください。", $"Tick \"{label}\".");
    }

    private static void CheckFile(FormField field, string label, PostedFile? file, FormValidationResult result)
    {
        var id = InputId(field.Name);
        if (file is null || file.Length == 0)
        {
            if (field.Required)
            {
                result.Errors[id] = T($"{label}のファイルを選んでください。", $"Choose a file for {label}.");
            }

            return;
        }

        var max = field.MaxBytes ?? DefaultFileMaxBytes;
        var extension = FileSignature.ExtensionOf(file.FileName);
        var allowed = field.Extensions.Count > 0 ? field.Extensions : ["pdf"];
        if (!allowed.Contains(extension) || !FileSignature.IsKnown(extension))
        {
            var list = string.Join(", ", allowed);
            result.Errors[id] = T($"{label}に添付できるのは次の形式のファイルです：{list}", $"{label} accepts only these file types: {list}");
        }
        else if (file.Length > max || file.Bytes.Length > max)
        {
            result.Errors[id] = T($"{label}のファイルは{Size(max)}以下にしてください。", $"The file for {label} must be {Size(max)} or smaller.");
        }
        else if (!FileSignature.Matches(extension, file.Bytes))
        {
            result.Errors[id] = T($"{label}のファイルの中身が拡張子（.{extension}）と一致しません。", $"The content of the file for {label} does not match its extension (.{extension}).");
        }
        else
        {
            var name = FileSignature.SafeName(file.FileName, extension);
            result.Values[field.Name] = name;
            result.Files.Add(new AcceptedFile(field.Name, name, FileSignature.ContentTypes[extension], file.Bytes));
        }
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";

    public static bool IsEmail(string value) =>
        value.Length <= 254 && EmailPattern().IsMatch(value) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(value) && digits is >= 6 and <= 15;
    }

    private static bool MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromMilliseconds(200));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9]+(-[0-9]+)*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{4}$")]
    private static partial Regex PostalPattern();
}

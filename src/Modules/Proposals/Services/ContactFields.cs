using System.Net.Mail;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The contact fields every proposer form checks the same way (the proposal and the 事前相談).</summary>
internal static partial class ContactFields
{
    /// <summary>The e-mail address with full-width input folded; reports (ja, en) when it is missing or malformed.</summary>
    public static string Email(string? value, Action<string, string> error)
    {
        var email = JapaneseInput.FoldWidth(value ?? string.Empty).Trim();
        if (email.Length == 0)
        {
            error("メールアドレスを入力してください。", "Enter your e-mail address.");
        }
        else if (!IsEmail(email))
        {
            error("メールアドレスの形式が正しくありません（例：taro@example.jp）。", "Enter an e-mail address like taro@example.com.");
        }

        return email;
    }

    /// <summary>The phone number with full-width input folded; reports (ja, en) when it is malformed or, if required, missing.</summary>
    public static string Phone(string? value, bool required, Action<string, string> error)
    {
        var phone = JapaneseInput.Phone(value ?? string.Empty);
        if (phone.Length == 0 && required)
        {
            error("電話番号を入力してください。", "Enter your phone number.");
        }
        else if (phone.Length > 0 && !PhonePattern().IsMatch(phone))
        {
            error("電話番号は数字とハイフンで入力してください（例：017-761-4154）。", "Enter the phone number with digits and hyphens (e.g. 017-761-4154).");
        }

        return phone;
    }

    private static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\+?[0-9][0-9-]{8,18}[0-9]$")]
    private static partial Regex PhonePattern();
}

using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Web.Localization;

/// <summary>Model binding errors in the user's language instead of framework English.</summary>
internal static class BilingualModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(v => T($"「{v}」を入力してください。", $"Enter a value for '{v}'."));
        p.SetMissingBindRequiredValueAccessor(v => T($"「{v}」を入力してください。", $"Enter a value for '{v}'."));
        p.SetMissingKeyOrValueAccessor(() => T("値を入力してください。", "Enter a value."));
        p.SetMissingRequestBodyRequiredValueAccessor(() => T("送信内容が空です。", "The request body is empty."));
        p.SetAttemptedValueIsInvalidAccessor((v, f) => T($"「{v}」は「{f}」として正しくありません。", $"'{v}' is not valid for '{f}'."));
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => T($"「{v}」は正しくありません。", $"'{v}' is not valid."));
        p.SetUnknownValueIsInvalidAccessor(f => T($"「{f}」の値が正しくありません。", $"The value for '{f}' is not valid."));
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("値が正しくありません。", "The value is not valid."));
        p.SetValueIsInvalidAccessor(v => T($"「{v}」は正しくありません。", $"'{v}' is not valid."));
        p.SetValueMustBeANumberAccessor(f => T($"「{f}」には数値を入力してください。", $"'{f}' must be a number."));
        p.SetNonPropertyValueMustBeANumberAccessor(() => T("数値を入力してください。", "Enter a number."));
    }
}

using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// 法人番号 (corporate number): 13 digits whose FIRST digit is a check digit over the other twelve
/// (国税庁の計算式): 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the twelve,
/// Qn = 1 for odd n and 2 for even n. 7000012050002 (国税庁) is valid.
/// </summary>
internal static class CorporateNumber
{
    /// <summary>Full-width digits, hyphens and spaces as staff type them, folded to the bare digits.</summary>
    public static string Normalize(string? typed) =>
        JapaneseInput.Numeric(typed ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    public static bool IsValid(string number)
    {
        if (number.Length != 13 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            var digit = number[13 - n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return number[0] - '0' == 9 - (sum % 9);
    }
}

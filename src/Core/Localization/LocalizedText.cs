using System.Globalization;

namespace OpenCityAomori.Core.Localization;

/// <summary>A text in the two languages the portal speaks; Japanese is the first.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string Current => Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? En : Ja;

    public override string ToString() => Current;
}

public static class Cultures
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Japanese, English];

    public static bool IsEnglish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == English;

    public static string Current => IsEnglish(CultureInfo.CurrentUICulture) ? English : Japanese;

    public static string Normalize(string? culture) =>
        string.Equals(culture, English, StringComparison.OrdinalIgnoreCase) ? English : Japanese;

    /// <summary>Picks the Japanese or English string for the current UI culture.</summary>
    public static string T(string ja, string en) => IsEnglish(CultureInfo.CurrentUICulture) ? en : ja;
}

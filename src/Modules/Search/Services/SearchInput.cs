using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Checks what people type before it is searched; messages in the culture of the page.</summary>
internal static class SearchInput
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static string? TooLong(string text, string culture) =>
        text.Length <= SearchQueryBuilder.MaxQueryLength
            ? null
            : culture == Cultures.English
                ? $"The search text is too long ({text.Length:N0} characters). Use at most {SearchQueryBuilder.MaxQueryLength:N0} characters."
                : $"検索語が長すぎます（{text.Length:N0}文字）。{SearchQueryBuilder.MaxQueryLength:N0}文字以内で入力してください。";

    public static int ParsePage(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1
            ? Math.Min(page, SearchService.MaxResultWindow)
            : 1;

    public static SearchSort ParseSort(string? value) => value == "date" ? SearchSort.Date : SearchSort.Relevance;
}

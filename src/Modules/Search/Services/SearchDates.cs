using System.Globalization;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Dates as the portal writes them: 和暦 with 西暦 in Japanese (令和5年6月23日（2023年）), day month year in English.</summary>
internal static class SearchDates
{
    private static readonly CultureInfo Wareki = CreateWareki();

    public static string Display(string isoDate, string culture)
    {
        if (!DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return string.Empty;
        }

        return culture == Cultures.English
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : $"{date.ToString("ggy年M月d日", Wareki)}（{date.Year}年）";
    }

    private static CultureInfo CreateWareki()
    {
        var culture = new CultureInfo("ja-JP");
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}

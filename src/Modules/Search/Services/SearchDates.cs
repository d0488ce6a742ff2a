using System.Globalization;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Dates as the portal writes them: 和暦 with 西暦 in Japanese (令和5年6月23日（2023年）), day month year in English.</summary>
internal static class SearchDates
{
    public static string Display(string isoDate, string culture) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? JapaneseDate.Format(date, culture)
            : string.Empty;
}

using System.Globalization;

namespace OpenCityAomori.Modules.PilotSupport.Services;

internal static class PilotRoutes
{
    public const string Admin = "/admin/pilots";

    public const string Export = "/admin/pilots/export.csv";

    /// <summary>What the pilot's report is asked for as (the proposal's document request and its files' key).</summary>
    public const string ReportKey = "pilot-report";

    public static string AdminUrl(long id) => $"{Admin}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The public content item of the pilot in Japanese (its translation group) and in English.</summary>
    public static string ContentId(long id, bool english = false) => $"pilot-{id.ToString(CultureInfo.InvariantCulture)}" + (english ? "-en" : string.Empty);

    public static string CaseStudyId(long id) => $"case-pilot-{id.ToString(CultureInfo.InvariantCulture)}";
}

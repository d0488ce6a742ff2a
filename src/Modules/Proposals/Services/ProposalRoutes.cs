using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

internal static class ProposalRoutes
{
    public static string FormUrl(string culture) => culture == Cultures.English ? "/en/propose" : "/propose";

    public static string TrackingPath(string token, string culture) =>
        (culture == Cultures.English ? "/en/propose/track/" : "/propose/track/") + token;

    public static string TrackingUrl(string siteOrigin, string token, string culture) => siteOrigin + TrackingPath(token, culture);

    public static string LinkRequestUrl(string culture) => culture == Cultures.English ? "/en/propose/link" : "/propose/link";

    public static string AdminUrl(long id) => $"/admin/proposals/{id}";
}

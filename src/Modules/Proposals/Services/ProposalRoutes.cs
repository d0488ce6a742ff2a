using Microsoft.AspNetCore.Http;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

internal static class ProposalRoutes
{
    /// <summary>The address the request came in through (links in e-mails are built from it).</summary>
    public static string OriginOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string FormUrl(string culture) => culture == Cultures.English ? "/en/propose" : "/propose";

    public static string TrackingPath(string token, string culture) =>
        (culture == Cultures.English ? "/en/propose/track/" : "/propose/track/") + token;

    public static string TrackingUrl(string siteOrigin, string token, string culture) => siteOrigin + TrackingPath(token, culture);

    public static string LinkRequestUrl(string culture) => culture == Cultures.English ? "/en/propose/link" : "/propose/link";

    public const string AdminInbox = "/admin/proposals";

    public const string ConsultationsAdmin = "/admin/proposals/consultations";

    public static string ConsultationAdminUrl(long id) => $"{ConsultationsAdmin}/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string ConsultationFormUrl(string culture) => culture == Cultures.English ? "/en/propose/consult" : "/propose/consult";

    public static string AdminUrl(long id) => $"/admin/proposals/{id}";
}

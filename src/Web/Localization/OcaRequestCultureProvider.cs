using Microsoft.AspNetCore.Localization;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Settings;

namespace OpenCityAomori.Web.Localization;

/// <summary>
/// Public pages take their language from the URL (/en/... is English, the rest Japanese), so every
/// page has one address per language and can be cached. Staff pages use the language cookie.
/// </summary>
internal sealed class OcaRequestCultureProvider : RequestCultureProvider
{
    private static readonly string[] StaffPrefixes = ["/admin", "/account", "/setup"];

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path;
        if (StaffPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            var cookie = httpContext.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
            var parsed = cookie is null ? null : CookieRequestCultureProvider.ParseCookieValue(cookie);
            var chosen = parsed?.UICultures.FirstOrDefault().Value
                ?? (await httpContext.RequestServices.GetRequiredService<ISiteSettingsService>().GetAsync(httpContext.RequestAborted)).DefaultCulture;
            return new ProviderCultureResult(Cultures.Normalize(chosen));
        }

        var english = path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
        return new ProviderCultureResult(english ? Cultures.English : Cultures.Japanese);
    }
}

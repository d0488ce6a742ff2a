using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Public URLs of forms: /forms/{name} and /en/forms/{name}; the contact form also at /contact.</summary>
internal static class FormRoutes
{
    public const string ContactForm = "contact";

    /// <summary>The honeypot input: hidden from people, tempting to bots.</summary>
    public const string Honeypot = "homepage";

    public static string FormUrl(string name, string culture)
    {
        var path = name == ContactForm ? "/contact" : "/forms/" + Uri.EscapeDataString(name);
        return culture == Cultures.English ? "/en" + path : path;
    }

    public static string ThanksUrl(string name, string culture, string token) =>
        FormUrl(name, culture) + "/thanks?t=" + Uri.EscapeDataString(token);
}

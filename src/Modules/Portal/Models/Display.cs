using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Models;

/// <summary>Formatting shared by the portal's views, in the language of the page being rendered.</summary>
internal static class Display
{
    /// <summary>&lt;time&gt; with the machine-readable date; 和暦 with 西暦 on Japanese pages.</summary>
    public static IHtmlContent Time(DateOnly? date)
    {
        if (date is not { } value)
        {
            return HtmlString.Empty;
        }

        var time = new TagBuilder("time");
        time.Attributes["datetime"] = Iso(value);
        time.InnerHtml.Append(JapaneseDate.Format(value, Cultures.Current));
        return time;
    }

    /// <summary>A period such as 令和5年6月23日～24日（2023年）, marked up with both dates.</summary>
    public static IHtmlContent Period(DateOnly? start, DateOnly? end)
    {
        if (start is not { } from)
        {
            return end is { } only ? new HtmlContentBuilder().AppendHtml(Cultures.T("～", "until ")).AppendHtml(Time(only)) : HtmlString.Empty;
        }

        var span = new TagBuilder("span");
        span.Attributes["class"] = "period";
        span.InnerHtml.Append(JapaneseDate.FormatRange(from, end, Cultures.Current));
        return span;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Only http(s) URLs and site paths become links; anything else is shown as text.</summary>
    public static string? SafeHref(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? url : null;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One step of the breadcrumb trail; the last is the current page.</summary>
internal sealed record Crumb(string Title, string Url);

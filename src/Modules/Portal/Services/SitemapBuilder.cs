using System.Globalization;
using System.Xml.Linq;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>sitemap.xml: every published item and list page, with its other-language versions as xhtml:link alternates.</summary>
internal static class SitemapBuilder
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>One page: its URLs by culture (translations share an entry) and when it last changed.</summary>
    public sealed record Entry(IReadOnlyDictionary<string, string> UrlByCulture, DateTime? LastModified);

    public static XDocument Build(string baseUrl, IReadOnlyList<(ContentTypeDefinition Type, IReadOnlyList<ContentItemView> Items)> published)
    {
        var entries = new List<Entry>();
        foreach (var (type, items) in published)
        {
            if (type.RoutePrefix.Length > 0)
            {
                var lastChange = items.Count == 0 ? (DateTime?)null : items.Max(i => i.ModifiedUtc);
                entries.Add(new(Cultures.Supported.ToDictionary(c => c, c => ContentRoutes.ListUrlFor(type, c)), lastChange));
            }

            entries.AddRange(items
                .GroupBy(i => i.TranslationGroupId, StringComparer.Ordinal)
                .Select(g => new Entry(
                    g.GroupBy(i => i.Culture).ToDictionary(c => c.Key, c => ContentRoutes.UrlFor(type, c.Key, c.First().Slug)),
                    g.Max(i => i.ModifiedUtc))));
        }

        var homes = Cultures.Supported.ToDictionary(c => c, c => c == Cultures.English ? "/en" : "/");
        if (!entries.Any(e => e.UrlByCulture.Values.Contains("/")))
        {
            entries.Insert(0, new Entry(homes, null));
        }

        var root = new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var (_, path) in entry.UrlByCulture.OrderBy(u => u.Key == Cultures.Japanese ? 0 : 1))
            {
                if (seen.Add(path))
                {
                    root.Add(Url(baseUrl, path, entry));
                }
            }
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Url(string baseUrl, string path, Entry entry)
    {
        var url = new XElement(Ns + "url", new XElement(Ns + "loc", baseUrl + path));
        if (entry.LastModified is { } modified)
        {
            url.Add(new XElement(Ns + "lastmod", OpenDataMapper.Utc(modified)!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        if (entry.UrlByCulture.Count > 1)
        {
            foreach (var (culture, alternate) in entry.UrlByCulture.OrderBy(u => u.Key == Cultures.Japanese ? 0 : 1))
            {
                url.Add(new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", culture), new XAttribute("href", baseUrl + alternate)));
            }
        }

        return url;
    }
}

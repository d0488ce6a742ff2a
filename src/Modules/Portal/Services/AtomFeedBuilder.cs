using System.Globalization;
using System.Xml.Linq;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>An Atom 1.0 feed (RFC 4287) of published items.</summary>
internal static class AtomFeedBuilder
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public sealed record Feed(string Title, string FeedUrl, string HomeUrl, string Author, string Culture, string Host);

    public sealed record FeedEntry(ContentTypeDefinition Type, ContentItemView Item, string Url, string? Summary);

    public static XDocument Build(Feed feed, IReadOnlyList<FeedEntry> entries)
    {
        var updated = entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => Utc(e.Item.ModifiedUtc));
        var root = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", feed.Culture),
            new XElement(Atom + "id", feed.FeedUrl),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", feed.FeedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", feed.HomeUrl)),
            new XElement(Atom + "author", new XElement(Atom + "name", feed.Author), new XElement(Atom + "uri", feed.HomeUrl)));

        foreach (var entry in entries)
        {
            var item = entry.Item;
            var element = new XElement(Atom + "entry",
                new XElement(Atom + "id", EntryId(feed.Host, item)),
                new XElement(Atom + "title", item.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", entry.Url)),
                new XElement(Atom + "updated", Stamp(Utc(item.ModifiedUtc))));
            if (item.PublishedUtc is { } published)
            {
                element.Add(new XElement(Atom + "published", Stamp(Utc(published))));
            }

            element.Add(new XElement(Atom + "category",
                new XAttribute("term", item.ContentType),
                new XAttribute("label", feed.Culture == "en" ? entry.Type.DisplayName.En : entry.Type.DisplayName.Ja)));
            element.Add(new XElement(Atom + "summary", new XAttribute("type", "text"), string.IsNullOrWhiteSpace(entry.Summary) ? item.Title : entry.Summary));
            root.Add(element);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>What the feed carries, from its lists' titles: お知らせ・行政課題・…, "News, challenges and …".</summary>
    public static string Subject(IReadOnlyList<LocalizedText> titles, bool english)
    {
        if (!english)
        {
            return string.Join("・", titles.Select(t => t.Ja));
        }

        var names = titles.Select((t, i) => i == 0 || t.En.Length == 0 ? t.En : char.ToLowerInvariant(t.En[0]) + t.En[1..]).ToList();
        return names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }

    /// <summary>A tag URI (RFC 4151): stable across slug and title changes.</summary>
    public static string EntryId(string host, ContentItemView item) =>
        $"tag:{host},{Utc(item.CreatedUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:content/{item.ContentItemId}";

    private static DateTime Utc(DateTime value) => OpenDataMapper.Utc(value)!.Value;

    private static string Stamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

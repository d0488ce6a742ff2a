using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// Turns an item's current state into index documents: its published version (public search, when the
/// type is searchable) and its latest version (editors' search over drafts). When the latest version is
/// the published one, a single document serves both (most items: half the index and the indexing work).
/// </summary>
internal static class SearchDocumentBuilder
{
    private const int MaxFacetValueLength = 200;

    /// <summary>3-grams serve words of exactly three characters: one term each, positions not needed.</summary>
    private static readonly FieldType TrigramField = CreateGramField(IndexOptions.DOCS_AND_FREQS);

    private static readonly FieldType FourGramField = CreateGramField(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    public static string Key(string contentItemId, string kind) => contentItemId + "|" + kind;

    public static IEnumerable<Document> Build(ContentIndexEntry entry, IReadOnlyDictionary<string, ContentTypeDefinition> types)
    {
        var published = entry.Published is { } p && types.TryGetValue(p.ContentType, out var publishedType) && publishedType.Searchable
            ? (Item: p, Type: publishedType)
            : default;
        var latest = entry.Latest is { } l && types.TryGetValue(l.ContentType, out var latestType) ? (Item: l, Type: latestType) : default;
        if (published.Item is not null && latest.Item?.VersionId == published.Item.VersionId)
        {
            yield return Build(published.Item, published.Type, [SearchFields.PublishedKind, SearchFields.LatestKind], hasPublished: true);
            yield break;
        }

        if (published.Item is not null)
        {
            yield return Build(published.Item, published.Type, [SearchFields.PublishedKind], hasPublished: true);
        }

        if (latest.Item is not null)
        {
            yield return Build(latest.Item, latest.Type, [SearchFields.LatestKind], hasPublished: entry.Published is not null);
        }
    }

    public static Document Build(ContentItemView item, ContentTypeDefinition type, IReadOnlyList<string> kinds, bool hasPublished)
    {
        var culture = item.Culture;
        var date = item.EffectiveDate(type) ?? DateOnly.FromDateTime(item.ModifiedUtc);
        var text = ContentText.Extract(item, type);
        var document = new Document
        {
            new StringField(SearchFields.Key, Key(item.ContentItemId, string.Concat(kinds)), Field.Store.NO),
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.NO),
            new StringField(SearchFields.Type, item.ContentType, Field.Store.NO),
            new StringField(SearchFields.Culture, culture, Field.Store.NO),
            new TextField(SearchFields.Title(culture), item.Title, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Date, (date.Year * 10000) + (date.Month * 100) + date.Day),
            new BinaryDocValuesField(SearchFields.Record, new BytesRef(new HitRecord(
                item.ContentItemId,
                item.ContentType,
                culture,
                item.Title,
                ContentRoutes.UrlFor(type, culture, item.Slug),
                item.Status.ToString(),
                hasPublished,
                item.PublishedUtc,
                item.ModifiedUtc,
                date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                item.VersionId,
                text).Encode())),
        };
        if (culture == Cultures.Japanese)
        {
            // Tokenised once, indexed three ways: bigrams, and the 3- and 4-grams of CJK runs.
            var tokens = CapturedTokens.Capture(SearchFields.Text(culture), text);
            document.Add(new Field(SearchFields.Text(culture), tokens.Bigrams(), TextField.TYPE_NOT_STORED));
            document.Add(new Field(SearchFields.NGrams(3), tokens.NGrams(3), TrigramField));
            document.Add(new Field(SearchFields.NGrams(4), tokens.NGrams(4), FourGramField));
        }
        else
        {
            document.Add(new TextField(SearchFields.Text(culture), text, Field.Store.NO));
        }

        foreach (var kind in kinds)
        {
            document.Add(new StringField(SearchFields.Kind, kind, Field.Store.NO));
        }

        foreach (var (dimension, value) in Facets(item, type).Distinct())
        {
            document.Add(new StringField(SearchFields.Filter(dimension), value, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.Facets, new BytesRef(SearchFields.FacetValue(dimension, value))));
        }

        return document;
    }

    /// <summary>Facet values: the type, the year of the effective date, and every facet field's values.</summary>
    public static IEnumerable<(string Dimension, string Value)> Facets(ContentItemView item, ContentTypeDefinition type)
    {
        yield return (SearchFields.TypeDimension, item.ContentType);
        if (item.EffectiveDate(type) is { } date)
        {
            yield return (SearchFields.YearDimension, date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var field in type.Fields.Where(f => f.IsFacet))
        {
            var values = field.Kind == ContentFieldKind.Tags ? item.GetTags(field.Name) : [item.GetText(field.Name) ?? string.Empty];
            foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length > 0))
            {
                yield return (field.Name, value.Length > MaxFacetValueLength ? value[..MaxFacetValueLength] : value);
            }
        }
    }

    private static FieldType CreateGramField(IndexOptions options)
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = options };
        type.Freeze();
        return type;
    }
}

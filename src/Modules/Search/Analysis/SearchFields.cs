using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Search.Analysis;

/// <summary>Names of the index fields. Text fields carry the culture so each is analysed in its language.</summary>
internal static class SearchFields
{
    /// <summary>Unique per document: item id and kind.</summary>
    public const string Key = "key";
    public const string Id = "id";

    /// <summary><see cref="PublishedKind"/> or <see cref="LatestKind"/>.</summary>
    public const string Kind = "kind";
    public const string PublishedKind = "p";
    public const string LatestKind = "l";
    public const string Type = "type";
    public const string Culture = "culture";

    /// <summary>Effective date as yyyyMMdd, a numeric doc value for sorting.</summary>
    public const string Date = "date";

    /// <summary>What a hit shows (see HitRecord), as a binary doc value.</summary>
    public const string Record = "$record";

    /// <summary>Every facet value of the document as "dimension\u001fvalue", for counting.</summary>
    public const string Facets = "$facets";
    public const char FacetSeparator = '\u001f';

    public const string TypeDimension = "type";
    public const string YearDimension = "year";

    public static string Title(string culture) => "title_" + culture;

    public static string Text(string culture) => "text_" + culture;

    /// <summary>CJK n-grams (n = 3 or 4) of a Japanese item's text; see <see cref="CjkNGramFilter"/>.</summary>
    public static string NGrams(int n) => "ng" + n + "_" + Cultures.Japanese;

    public static string Filter(string dimension) => "f_" + dimension;

    public static string FacetValue(string dimension, string value) => dimension + FacetSeparator + value;

    /// <summary>One analyzer for every field: English text fields get the English chain, the rest the Japanese one.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var english = new EnglishSearchAnalyzer();
        return new PerFieldAnalyzerWrapper(
            new JapaneseSearchAnalyzer(),
            new Dictionary<string, Analyzer>
            {
                [Title(Cultures.English)] = english,
                [Text(Cultures.English)] = english,
                [NGrams(3)] = new CjkNGramAnalyzer(3),
                [NGrams(4)] = new CjkNGramAnalyzer(4),
            });
    }
}

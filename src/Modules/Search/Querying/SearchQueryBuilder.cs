using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Builds Lucene queries from what people type, without any query syntax: the text is split on white space,
/// each word is analysed like the index and becomes a phrase of its tokens (so a Japanese word must match
/// all its bigrams in order, not one shared bigram), and every word is required. Quotes, brackets,
/// wildcards and AND/OR/NOT are just characters.
/// </summary>
internal static class SearchQueryBuilder
{
    public const int MaxQueryLength = 1000;
    public const int MaxWords = 32;
    public const float TitleBoost = 3f;

    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();

    /// <summary>The text part of a search over the given cultures; null when no word leaves a token to search for.</summary>
    public static Query? BuildText(string text, IEnumerable<string> cultures, Analyzer analyzer)
    {
        var words = Words(text);
        var builder = new QueryBuilder(analyzer);
        var perCulture = new List<Query>();
        foreach (var culture in cultures)
        {
            var all = new BooleanQuery();
            foreach (var word in words)
            {
                var either = new BooleanQuery();
                if (builder.CreatePhraseQuery(SearchFields.Title(culture), word) is { } title)
                {
                    title.Boost = TitleBoost;
                    either.Add(title, Occur.SHOULD);
                }

                if (((culture == Cultures.Japanese ? CjkWord(analyzer, word) : null) ?? builder.CreatePhraseQuery(SearchFields.Text(culture), word)) is { } body)
                {
                    either.Add(body, Occur.SHOULD);
                }

                if (either.Clauses.Count > 0)
                {
                    all.Add(either, Occur.MUST);
                }
            }

            if (all.Clauses.Count > 0)
            {
                perCulture.Add(all);
            }
        }

        if (perCulture.Count <= 1)
        {
            return perCulture.FirstOrDefault();
        }

        var any = new BooleanQuery();
        foreach (var query in perCulture)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Which documents a search may return: the scope's kind, the culture and the facet filters.</summary>
    public static Query BuildFilter(SearchRequest request)
    {
        var filter = new BooleanQuery
        {
            { Term(SearchFields.Kind, request.Scope == SearchScope.Public ? SearchFields.PublishedKind : SearchFields.LatestKind), Occur.MUST },
        };
        if (request.Culture is { } culture)
        {
            filter.Add(Term(SearchFields.Culture, culture), Occur.MUST);
        }

        foreach (var (dimension, values) in request.Filters.Where(f => f.Value.Count > 0))
        {
            var anyOf = new BooleanQuery();
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                anyOf.Add(Term(SearchFields.Filter(dimension), value), Occur.SHOULD);
            }

            filter.Add(anyOf, Occur.MUST);
        }

        return filter;
    }

    /// <summary>
    /// A Japanese word of three or more CJK characters as a 3-gram or 4-gram term, or a phrase of 4-grams
    /// covering it: the same documents as the phrase of its bigrams, found without reading positions of
    /// very common bigrams. Null for anything else (mixed scripts, one or two characters, several runs).
    /// </summary>
    internal static Query? CjkWord(Analyzer analyzer, string word)
    {
        var bigrams = Analyze(analyzer, SearchFields.Text(Cultures.Japanese), word);
        if (bigrams.Count < 2 || bigrams.Any(t => t.Type != CJKBigramFilter.DOUBLE_TYPE))
        {
            return null;
        }

        var trigrams = Analyze(analyzer, SearchFields.NGrams(3), word);
        if (trigrams.Count != bigrams.Count - 1)
        {
            return null; // more than one run of CJK characters
        }

        if (trigrams.Count == 1)
        {
            return Term(SearchFields.NGrams(3), trigrams[0].Term);
        }

        var grams = Analyze(analyzer, SearchFields.NGrams(4), word);
        if (grams.Count == 1)
        {
            return Term(SearchFields.NGrams(4), grams[0].Term);
        }

        var phrase = new PhraseQuery();
        for (var i = 0; i < grams.Count; i += 4)
        {
            phrase.Add(new Term(SearchFields.NGrams(4), grams[i].Term), i);
        }

        if ((grams.Count - 1) % 4 != 0)
        {
            phrase.Add(new Term(SearchFields.NGrams(4), grams[^1].Term), grams.Count - 1);
        }

        return phrase;
    }

    private static List<(string Term, string Type)> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string Term, string Type)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), type.Type));
        }

        stream.End();
        return tokens;
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));
}

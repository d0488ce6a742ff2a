using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;
using static OpenCityAomori.UnitTests.Search.SearchTestData;

namespace OpenCityAomori.UnitTests.Search;

public sealed class HostileQueryTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().Add(
        Published(Item("and", "CaseStudy", "AND検索の説明", body: "A AND B のような式は使えません。")),
        Published(Item("x", "CaseStudy", "連携事例", body: "title:secret と書いてもフィールド指定にはなりません。")));

    public static TheoryData<string> Inputs => new()
    {
        "\"", "(", ")", "*", "?", "AND", "OR", "NOT", "\"(*AND", "a AND", "title:secret", "\\", "~", "^2", "[a TO z]", "{", "+-!", "&&", "||", "/regex/",
        "*アップ*", "ＡＮＤ", "\u0000", "\u200B", "🙂", new string('あ', 1000), string.Join(' ', Enumerable.Repeat("語", 500)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_input_searches_without_an_exception(string input)
    {
        var result = _index.Public(input);

        Assert.NotNull(result);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void Operators_are_searched_as_words()
    {
        Assert.Equal(["and"], _index.PublicIds("AND"));
        Assert.Equal(["x"], _index.PublicIds("title:secret"));
    }

    [Fact]
    public void Wildcards_and_quotes_are_not_syntax()
    {
        Assert.Equal(["and"], _index.PublicIds("\"AND\""));
        Assert.Empty(_index.PublicIds("連*"));
    }

    [Fact]
    public void Symbols_alone_leave_nothing_to_search()
    {
        var result = _index.Public("\"(*");

        Assert.False(result.HasSearchableTerms);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void Queries_are_built_from_phrases_and_terms_only()
    {
        using var analyzer = SearchFields.CreateAnalyzer();
        var query = SearchQueryBuilder.BuildText("\"(*AND アップサイクル title:x", ["ja"], analyzer);

        var leaves = Leaves(query!).ToList();
        Assert.All(leaves, q => Assert.True(q is TermQuery or PhraseQuery, q.GetType().Name));
        Assert.Contains(leaves, q => q is PhraseQuery p && p.GetTerms().Length == 6);
    }

    [Fact]
    public void At_most_32_words_are_used()
    {
        Assert.Equal(SearchQueryBuilder.MaxWords, SearchQueryBuilder.Words(string.Join(' ', Enumerable.Range(0, 100))).Count);
    }

    [Fact]
    public void Queries_over_1000_characters_are_refused_with_a_message()
    {
        Assert.Null(SearchInput.TooLong(new string('a', 1000), "ja"));
        Assert.Contains("1,000", SearchInput.TooLong(new string('a', 1001), "ja"), StringComparison.Ordinal);
        Assert.Contains("too long", SearchInput.TooLong(new string('a', 1001), "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("abc", 1)]
    [InlineData("2", 2)]
    [InlineData("99999999999", 1)]
    [InlineData("5000", 1000)]
    public void Page_numbers_are_read_safely(string? input, int expected) => Assert.Equal(expected, SearchInput.ParsePage(input));

    private static IEnumerable<Query> Leaves(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Leaves(c.Query)) : [query];

    public void Dispose() => _index.Dispose();
}

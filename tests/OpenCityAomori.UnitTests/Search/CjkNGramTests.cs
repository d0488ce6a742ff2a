using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Querying;
using static OpenCityAomori.UnitTests.Search.SearchTestData;

namespace OpenCityAomori.UnitTests.Search;

public sealed class CjkNGramTests : IDisposable
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchFields.CreateAnalyzer();
    private readonly TestIndex _index = new();

    [Fact]
    public void Runs_of_one_cjk_script_give_their_n_grams_and_other_text_none()
    {
        Assert.Equal(["公民連", "民連携", "のまち", "まちづ", "ちづく", "づくり"], AnalysisTests.Tokens("ng3_ja", "公民連携のまちづくり"));
        Assert.Equal(["アップサ", "ップサイ", "プサイク", "サイクル"], AnalysisTests.Tokens("ng4_ja", "アップサイクルとAI"));
        Assert.Empty(AnalysisTests.Tokens("ng3_ja", "東京、京都 AI 2023"));
    }

    [Fact]
    public void N_grams_are_width_folded_like_the_bigrams()
    {
        Assert.Equal(AnalysisTests.Tokens("ng4_ja", "アップサイクル"), AnalysisTests.Tokens("ng4_ja", "ｱｯﾌﾟｻｲｸﾙ"));
    }

    [Theory]
    [InlineData("ｱｯﾌﾟｻｲｸﾙと ＡＩ、２０２３年の実証実験。Experiments' 東京都")]
    [InlineData("")]
    [InlineData("市")]
    public void Text_tokenised_once_indexes_exactly_what_the_analyzers_produce(string text)
    {
        var captured = CapturedTokens.Capture("text_ja", text);

        Assert.Equal(AnalysisTests.Tokens("text_ja", text), Terms(captured.Bigrams()));
        Assert.Equal(AnalysisTests.Tokens("ng3_ja", text), Terms(captured.NGrams(3)));
        Assert.Equal(AnalysisTests.Tokens("ng4_ja", text), Terms(captured.NGrams(4)));
    }

    [Theory]
    [InlineData("青森市", "TermQuery")]
    [InlineData("実証実験", "TermQuery")]
    [InlineData("アップサイクル", "PhraseQuery")]
    [InlineData("まちづくり", "PhraseQuery")]
    [InlineData("子育て", null)]
    [InlineData("アップサイクル作品", null)]
    [InlineData("AIカメラ", null)]
    [InlineData("実証・実験", null)]
    [InlineData("市", null)]
    [InlineData("観光", null)]
    public void Words_of_three_or_more_cjk_characters_take_the_n_gram_path(string word, string? expected) =>
        Assert.Equal(expected, SearchQueryBuilder.CjkWord(Analyzer, word)?.GetType().Name);

    [Fact]
    public void A_long_word_is_covered_by_four_grams_at_their_positions()
    {
        var phrase = Assert.IsType<PhraseQuery>(SearchQueryBuilder.CjkWord(Analyzer, "コミュニティサイクル"));

        Assert.Equal(["コミュニ", "ティサイ", "サイクル"], phrase.GetTerms().Select(t => t.Text));
        Assert.Equal([0, 4, 6], phrase.GetPositions());
    }

    [Fact]
    public void The_four_gram_phrase_does_not_join_two_runs()
    {
        _index.Add(
            Published(Item("apart", "Challenge", "別々", body: "あいうえさしす、かきくけ")),
            Published(Item("whole", "Challenge", "続き", body: "あいうえかきくけ")));

        Assert.Equal(["whole"], _index.PublicIds("あいうえかきくけ"));
    }

    [Fact]
    public void Three_and_four_character_words_find_the_same_items_as_their_bigram_phrases()
    {
        _index.Add(
            Published(Item("a", "Challenge", "題", body: "青森市の公民連携")),
            Published(Item("b", "Challenge", "題", body: "青森の市民と公民の連携")),
            Published(Item("c", "Challenge", "題", body: "ｱｯﾌﾟｻｲｸﾙ作品展")));

        Assert.Equal(["a"], _index.PublicIds("青森市"));
        Assert.Equal(["a"], _index.PublicIds("公民連携"));
        Assert.Equal(["c"], _index.PublicIds("アップサイクル作品展"));
        Assert.Equal(["c"], _index.PublicIds("ｻｲｸﾙ"));
    }

    private static List<string> Terms(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var terms = new List<string>();
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
            return terms;
        }
    }

    public void Dispose() => _index.Dispose();
}

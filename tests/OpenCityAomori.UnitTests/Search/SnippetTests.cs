using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.UnitTests.Search;

public class SnippetTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchFields.CreateAnalyzer();

    private static string Marked(string query, string text, string culture = "ja") =>
        new SnippetHighlighter(SearchQueryBuilder.Words(query), Analyzer).Whole(text, culture);

    [Fact]
    public void A_japanese_word_is_marked_whole_and_only_where_it_occurs_whole()
    {
        Assert.Equal("廃材の<mark>アップサイクル</mark>とサイクリング", Marked("アップサイクル", "廃材のアップサイクルとサイクリング"));
    }

    [Fact]
    public void Width_and_case_variants_match_and_the_original_text_is_kept()
    {
        Assert.Equal("<mark>ｱｯﾌﾟｻｲｸﾙ</mark>作品", Marked("アップサイクル", "ｱｯﾌﾟｻｲｸﾙ作品"));
        Assert.Equal("<mark>ＡＩ</mark>カメラと<mark>Ai</mark>", Marked("ai", "ＡＩカメラとAi"));
        Assert.Equal("<mark>２０２３</mark>年度", Marked("2023", "２０２３年度"));
    }

    [Fact]
    public void Latin_words_match_at_word_boundaries_only()
    {
        Assert.Equal("<mark>AI</mark> と MAIL と <mark>ai</mark>活用", Marked("ai", "AI と MAIL と ai活用"));
    }

    [Fact]
    public void English_text_is_matched_by_stems()
    {
        Assert.Equal("An <mark>experiment</mark> and two <mark>Experiments</mark>.", Marked("experimenting", "An experiment and two Experiments.", "en"));
    }

    [Fact]
    public void Every_word_of_the_query_is_marked()
    {
        Assert.Equal("<mark>青森市</mark>の<mark>実証実験</mark>", Marked("実証実験 青森市", "青森市の実証実験"));
    }

    [Fact]
    public void A_long_text_gives_windows_around_the_matches_with_ellipses()
    {
        var text = new string('あ', 300) + "。除雪ロボットの実証実験。" + new string('い', 300);

        var snippet = new SnippetHighlighter(["除雪"], Analyzer).Snippet(text, "ja");

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>除雪</mark>ロボット", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 140, snippet);
    }

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_shown_encoded()
    {
        var snippet = new SnippetHighlighter(["なし"], Analyzer).Snippet("<b>" + new string('x', 200), "ja");

        Assert.StartsWith("&lt;b&gt;xxx", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalising_keeps_a_map_back_to_the_original_characters()
    {
        var (text, starts, ends) = TextMatcher.Normalize("ﾌﾟﾛＡ");

        Assert.Equal("プロa", text);
        Assert.Equal([0, 2, 3], starts);
        Assert.Equal([2, 3, 4], ends);
    }
}

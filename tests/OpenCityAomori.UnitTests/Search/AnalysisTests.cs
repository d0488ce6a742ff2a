using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.UnitTests.Search;

public class AnalysisTests
{
    private static readonly Analyzer Analyzer = SearchFields.CreateAnalyzer();

    internal static List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [Fact]
    public void Japanese_text_is_split_into_overlapping_bigrams()
    {
        Assert.Equal(["アッ", "ップ", "プサ", "サイ", "イク", "クル"], Tokens("text_ja", "アップサイクル"));
        Assert.Equal(["実証", "証実", "実験"], Tokens("text_ja", "実証実験"));
    }

    [Fact]
    public void Half_width_katakana_is_folded_to_full_width_with_its_voiced_marks()
    {
        Assert.Equal(Tokens("text_ja", "アップサイクル"), Tokens("text_ja", "ｱｯﾌﾟｻｲｸﾙ"));
        Assert.Equal(Tokens("text_ja", "データ"), Tokens("text_ja", "ﾃﾞｰﾀ"));
    }

    [Fact]
    public void Full_width_latin_letters_and_digits_become_ascii_lower_case()
    {
        Assert.Equal(["ai"], Tokens("text_ja", "ＡＩ"));
        Assert.Equal(["ai"], Tokens("text_ja", "AI"));
        Assert.Equal(["2023"], Tokens("text_ja", "２０２３"));
        Assert.Equal(Tokens("text_ja", "令和5年"), Tokens("text_ja", "令和５年"));
    }

    [Fact]
    public void Compatibility_characters_are_normalised_before_tokenising()
    {
        Assert.Equal(Tokens("text_ja", "平成"), Tokens("text_ja", "㍻"));
        Assert.Equal(Tokens("text_ja", "キログラム"), Tokens("text_ja", "㌕"));
    }

    [Fact]
    public void English_text_is_stemmed_without_stop_words_or_possessives()
    {
        Assert.Equal(Tokens("text_en", "experiment"), Tokens("text_en", "experiments"));
        Assert.Equal(["citi", "partnership"], Tokens("text_en", "the City's partnerships"));
        Assert.Equal(["ai"], Tokens("text_en", "ＡＩ"));
    }

    [Fact]
    public void Japanese_fields_do_not_stem_english_words()
    {
        Assert.Equal(["experiments"], Tokens("text_ja", "experiments"));
    }

    [Fact]
    public void Japanese_within_english_text_is_still_split_into_bigrams()
    {
        Assert.Equal(["aomori", "青森", "森市"], Tokens("text_en", "Aomori 青森市"));
    }
}

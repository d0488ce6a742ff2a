using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace OpenCityAomori.Modules.Search.Analysis;

/// <summary>
/// Text analysis shared by indexing and querying. Both chains fold width and case with ICU NFKC_Casefold
/// before tokenising (so ｱｯﾌﾟｻｲｸﾙ and ＡＩ meet アップサイクル and ai), then split CJK runs into bigrams;
/// the English chain also drops possessives and stop words and applies the Porter stemmer.
/// </summary>
internal abstract class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new ICUNormalizer2CharFilter(reader);

    protected static Tokenizer NewTokenizer(TextReader reader) => new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
}

internal sealed class JapaneseSearchAnalyzer : SearchAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

internal sealed class EnglishSearchAnalyzer : SearchAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new CJKWidthFilter(stream);
        stream = new CJKBigramFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>The CJK n-grams of Japanese text (see <see cref="CjkNGramFilter"/>), for the fast path of words of n characters or more.</summary>
internal sealed class CjkNGramAnalyzer(int n) : SearchAnalyzer
{
    public int N { get; } = n;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new CjkNGramFilter(new CJKWidthFilter(tokenizer), N));
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenCityAomori.Modules.Search.Analysis;

/// <summary>One token of the Japanese chain before bigramming.</summary>
internal readonly record struct CapturedToken(string Term, string Type, int Start, int End, int Increment);

/// <summary>
/// Japanese text normalised and tokenised once (the costly part), then replayed into the bigram field and
/// both n-gram fields, which then index exactly what their analyzers would produce from the text.
/// </summary>
internal sealed class CapturedTokens
{
    private static readonly Analyzer Base = new BaseJapaneseAnalyzer();

    private CapturedTokens(List<CapturedToken> tokens, int finalOffset)
    {
        Tokens = tokens;
        FinalOffset = finalOffset;
    }

    public IReadOnlyList<CapturedToken> Tokens { get; }

    public int FinalOffset { get; }

    public static CapturedTokens Capture(string field, string text)
    {
        var tokens = new List<CapturedToken>(text.Length);
        using var stream = Base.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new(term.ToString(), type.Type, offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }

        stream.End();
        return new CapturedTokens(tokens, offset.EndOffset);
    }

    public TokenStream Bigrams() => new CJKBigramFilter(new Replay(this));

    public TokenStream NGrams(int n) => new CjkNGramFilter(new Replay(this), n);

    /// <summary>The tokenizer and width folding of <see cref="JapaneseSearchAnalyzer"/>, without the bigrams.</summary>
    private sealed class BaseJapaneseAnalyzer : SearchAnalyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = NewTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new CJKWidthFilter(tokenizer));
        }
    }

    private sealed class Replay : TokenStream
    {
        private readonly CapturedTokens _source;
        private readonly ICharTermAttribute _term;
        private readonly ITypeAttribute _type;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private int _next;

        public Replay(CapturedTokens source)
        {
            _source = source;
            _term = AddAttribute<ICharTermAttribute>();
            _type = AddAttribute<ITypeAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _source.Tokens.Count)
            {
                return false;
            }

            var token = _source.Tokens[_next++];
            ClearAttributes();
            _term.SetEmpty().Append(token.Term);
            _type.Type = token.Type;
            _offset.SetOffset(token.Start, token.End);
            _position.PositionIncrement = token.Increment;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_source.FinalOffset, _source.FinalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}

using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenCityAomori.Modules.Search.Analysis;

/// <summary>
/// Emits the n-grams (n code points) of every run of adjacent tokens of one CJK script (kanji, hiragana,
/// katakana, hangul) and drops everything else. A query word of n characters in one script (公民連携,
/// アップサイクル, まちづくり) is then one term, or a short phrase of 4-grams, instead of a phrase of n-1
/// bigrams, which is what makes common words fast to find; words that mix scripts (子育て) keep the bigram
/// phrase. Runs of one script keep the n-gram fields small. A gap of n+1 positions separates runs so no
/// phrase spans two.
/// </summary>
internal sealed class CjkNGramFilter : TokenFilter
{
    private static readonly HashSet<string> CjkTypes = ["<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>"];

    private readonly int _n;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _position;
    private readonly StringBuilder _run = new();
    private readonly List<int> _charIndex = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private readonly List<(string Gram, int Start, int End, int Increment)> _pending = [];
    private string? _runType;
    private int _next;
    private bool _exhausted;
    private bool _firstRun = true;

    public CjkNGramFilter(TokenStream input, int n)
        : base(input)
    {
        _n = n;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_next < _pending.Count)
            {
                var (gram, start, end, increment) = _pending[_next++];
                ClearAttributes();
                _term.SetEmpty().Append(gram);
                _offset.SetOffset(start, end);
                _position.PositionIncrement = increment;
                _type.Type = "<NGRAM>";
                return true;
            }

            _pending.Clear();
            _next = 0;
            if (_exhausted)
            {
                return false;
            }

            if (!m_input.IncrementToken())
            {
                _exhausted = true;
                EndRun();
                continue;
            }

            if (!CjkTypes.Contains(_type.Type))
            {
                EndRun();
                continue;
            }

            if (_ends.Count > 0 && (_offset.StartOffset != _ends[^1] || _type.Type != _runType))
            {
                EndRun();
            }

            AddToRun();
        }
    }

    public override void Reset()
    {
        base.Reset();
        _run.Clear();
        _charIndex.Clear();
        _starts.Clear();
        _ends.Clear();
        _pending.Clear();
        _runType = null;
        _next = 0;
        _exhausted = false;
        _firstRun = true;
    }

    private void AddToRun()
    {
        _runType = _type.Type;
        var buffer = _term.Buffer;
        var length = _term.Length;
        var exact = _offset.EndOffset - _offset.StartOffset == length;
        for (var i = 0; i < length; i++)
        {
            if (char.IsLowSurrogate(buffer[i]) && i > 0)
            {
                _run.Append(buffer[i]);
                continue; // second half of a code point already counted
            }

            _charIndex.Add(_run.Length);
            _run.Append(buffer[i]);
            var width = i + 1 < length && char.IsSurrogatePair(buffer[i], buffer[i + 1]) ? 2 : 1;
            _starts.Add(exact ? _offset.StartOffset + i : _offset.StartOffset);
            _ends.Add(exact ? _offset.StartOffset + i + width : _offset.EndOffset);
        }
    }

    private void EndRun()
    {
        var count = _charIndex.Count;
        for (var i = 0; i + _n <= count; i++)
        {
            var from = _charIndex[i];
            var to = i + _n < count ? _charIndex[i + _n] : _run.Length;
            var increment = i > 0 ? 1 : _firstRun ? 1 : _n + 1;
            _pending.Add((_run.ToString(from, to - from), _starts[i], _ends[i + _n - 1], increment));
        }

        if (count >= _n)
        {
            _firstRun = false;
        }

        _run.Clear();
        _charIndex.Clear();
        _starts.Clear();
        _ends.Clear();
    }
}

using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Finds where the words of a query occur in a stored text, the way the index matched them, without
/// re-analysing Japanese text: both sides are NFKC-casefolded (ｱｯﾌﾟ = アップ, ＡＩ = ai) and a word must
/// occur whole (all its bigrams in order), with word boundaries around Latin letters and digits. English
/// text is tokenised and stemmed like the index (experiments = experiment).
/// </summary>
internal sealed class TextMatcher
{
    private readonly string[] _surfaceWords;
    private readonly List<string[]> _stemmedWords = [];
    private readonly Analyzer _analyzer;

    public TextMatcher(IEnumerable<string> words, Analyzer analyzer, string englishField)
    {
        _analyzer = analyzer;
        EnglishField = englishField;
        _surfaceWords = words.Select(w => Normalize(w).Text).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var word in words)
        {
            var stems = Tokens(word).Select(t => t.Term).ToArray();
            if (stems.Length > 0)
            {
                _stemmedWords.Add(stems);
            }
        }
    }

    public string EnglishField { get; }

    /// <summary>Matches as sorted, non-overlapping [start, end) ranges of <paramref name="text"/>.</summary>
    public IReadOnlyList<(int Start, int End)> Find(string text, bool english)
    {
        var spans = english ? FindStemmed(text) : FindSurface(text);
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private List<(int Start, int End)> FindSurface(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (_surfaceWords.Length == 0)
        {
            return spans;
        }

        var (normalized, starts, ends) = NormalizeFast(text);
        foreach (var word in _surfaceWords)
        {
            for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at > 0 && IsWordChar(word[0]) && IsWordChar(normalized[at - 1])) || (end < normalized.Length && IsWordChar(word[^1]) && IsWordChar(normalized[end])))
                {
                    continue;
                }

                spans.Add(starts is null ? (at, end) : (starts[at], ends![end - 1]));
            }
        }

        return spans;
    }

    private List<(int Start, int End)> FindStemmed(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (_stemmedWords.Count == 0)
        {
            return spans;
        }

        var tokens = Tokens(text);
        foreach (var word in _stemmedWords)
        {
            for (var i = 0; i + word.Length <= tokens.Count; i++)
            {
                var j = 0;
                while (j < word.Length && tokens[i + j].Term == word[j])
                {
                    j++;
                }

                if (j == word.Length)
                {
                    spans.Add((tokens[i].Start, tokens[i + j - 1].End));
                }
            }
        }

        return spans;
    }

    private List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string Term, int Start, int End)>();
        using var stream = _analyzer.GetTokenStream(EnglishField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>As <see cref="Normalize"/>; when only ASCII letters change case the map is the identity (null arrays).</summary>
    private static (string Text, int[]? Starts, int[]? Ends) NormalizeFast(string text)
    {
        foreach (var c in text)
        {
            if (!IsStable(c))
            {
                return Normalize(text);
            }
        }

        return (LowerAscii(text), null, null);
    }

    private static string LowerAscii(string text)
    {
        var upper = text.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (upper < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
        });
    }

    /// <summary>NFKC-casefolded text, with the original range of every character of the result.</summary>
    internal static (string Text, int[] Starts, int[] Ends) Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (IsStable(c))
            {
                result.Append(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
                starts.Add(i);
                ends.Add(++i);
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLowSurrogate(text[end]) || IsCombining(text[end])))
            {
                end++;
            }

            foreach (var folded in text[i..end].Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            {
                result.Append(folded);
                starts.Add(i);
                ends.Add(end);
            }

            i = end;
        }

        return (result.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>Characters that NFKC casefolding leaves alone (or only lower-cases), unless a combining mark follows.</summary>
    private static bool IsStable(char c) =>
        c < 0x80 || (c is >= '\u3041' and <= '\u3096') || (c is >= '\u30A1' and <= '\u30FA') || c == '\u30FC'
        || (c is >= '\u4E00' and <= '\u9FFF') || (c is >= '\u3400' and <= '\u4DBF') || (c is >= '\u3001' and <= '\u3002') || (c is >= '\u300C' and <= '\u300F') || c == '\u30FB';

    private static bool IsCombining(char c) =>
        c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Letters and digits outside the CJK scripts, which the tokenizer keeps together as words.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) && !(c is >= '\u3040' and <= '\u30FF') && !(c is >= '\u3400' and <= '\u9FFF') && !(c is >= '\uF900' and <= '\uFAFF') && !(c is >= '\uFF66' and <= '\uFF9F');
}

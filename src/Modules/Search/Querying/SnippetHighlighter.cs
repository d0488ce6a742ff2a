using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Highlighted excerpts: the text is HTML-encoded first and only the matches are wrapped in &lt;mark&gt;,
/// so the result is safe to write into a page as HTML.
/// </summary>
internal sealed partial class SnippetHighlighter(Query query, Analyzer analyzer)
{
    public const int FragmentLength = 90;
    public const int FallbackLength = 160;
    private static readonly SimpleHTMLFormatter Formatter = new("<mark>", "</mark>");
    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    /// <summary>The best fragments of <paramref name="text"/>; the start of the text when nothing matched.</summary>
    public string Snippet(string field, string text)
    {
        var best = Highlight(field, text, 2);
        if (best.Length > 0)
        {
            return best;
        }

        var start = text.Length > FallbackLength ? text[..FallbackLength] + "…" : text;
        return HtmlText.Encode(start);
    }

    /// <summary>The whole (short) text with its matches marked.</summary>
    public string Whole(string field, string text)
    {
        var highlighter = For(field);
        var previous = highlighter.TextFragmenter;
        highlighter.TextFragmenter = new NullFragmenter();
        try
        {
            var marked = Highlight(field, text, 1);
            return marked.Length > 0 ? marked : HtmlText.Encode(text);
        }
        finally
        {
            highlighter.TextFragmenter = previous;
        }
    }

    /// <summary>Plain text of a highlighted snippet.</summary>
    public static string ToPlainText(string snippetHtml) => WebUtility.HtmlDecode(Mark().Replace(snippetHtml, string.Empty));

    private string Highlight(string field, string text, int fragments)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        using var tokens = analyzer.GetTokenStream(field, text);
        return For(field).GetBestFragments(tokens, text, fragments, " … ") ?? string.Empty;
    }

    private Highlighter For(string field)
    {
        if (!_highlighters.TryGetValue(field, out var highlighter))
        {
            var scorer = new QueryScorer(query, field);
            highlighter = new Highlighter(Formatter, HtmlText.Encoder, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
            };
            _highlighters[field] = highlighter;
        }

        return highlighter;
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Mark();
}

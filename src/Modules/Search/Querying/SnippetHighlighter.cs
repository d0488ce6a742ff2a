using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Highlighted excerpts: up to two windows of the stored text around the most matches. The text is
/// HTML-encoded and only the matches are wrapped in &lt;mark&gt;, so the result is safe to write as HTML.
/// </summary>
internal sealed partial class SnippetHighlighter(IEnumerable<string> words, Analyzer analyzer)
{
    public const int FragmentLength = 100;
    public const int FallbackLength = 160;
    private const int Lead = 20;
    private const int BoundaryScan = 12;
    private static readonly char[] Boundaries = ['。', '、', '！', '？', '.', ',', '!', '?', ' ', '\n', '　'];

    private readonly TextMatcher _matcher = new(words, analyzer, SearchFields.Text(Cultures.English));

    /// <summary>The best fragments of <paramref name="text"/>; its start when nothing in it matched.</summary>
    public string Snippet(string text, string culture)
    {
        var matches = _matcher.Find(text, culture == Cultures.English);
        if (matches.Count == 0)
        {
            return HtmlText.Encode(text.Length > FallbackLength ? text[..FallbackLength] + "…" : text);
        }

        var windows = new List<(int Start, int End)>();
        foreach (var _ in new[] { 1, 2 })
        {
            var best = matches
                .Where(m => !windows.Any(w => m.Start < w.End && m.End > w.Start))
                .Select(m => Window(text, m.Start))
                .Where(w => !windows.Any(o => w.Start < o.End && w.End > o.Start))
                .Select(w => (Window: w, Count: matches.Count(m => m.Start >= w.Start && m.End <= w.End)))
                .OrderByDescending(x => x.Count)
                .ThenBy(x => x.Window.Start)
                .FirstOrDefault();
            if (best.Count == 0)
            {
                break;
            }

            windows.Add(best.Window);
        }

        var html = new StringBuilder();
        foreach (var window in windows.OrderBy(w => w.Start))
        {
            html.Append(html.Length > 0 ? " … " : window.Start > 0 ? "…" : string.Empty);
            AppendMarked(html, text, window.Start, window.End, matches);
        }

        return html.Append(windows.Max(w => w.End) < text.Length ? "…" : string.Empty).ToString();
    }

    /// <summary>The whole (short) text with its matches marked.</summary>
    public string Whole(string text, string culture)
    {
        var html = new StringBuilder(text.Length + 16);
        AppendMarked(html, text, 0, text.Length, _matcher.Find(text, culture == Cultures.English));
        return html.ToString();
    }

    /// <summary>Plain text of a highlighted snippet.</summary>
    public static string ToPlainText(string snippetHtml) => WebUtility.HtmlDecode(Mark().Replace(snippetHtml, string.Empty));

    private static (int Start, int End) Window(string text, int matchStart)
    {
        var start = Math.Max(0, matchStart - Lead);
        var boundary = start == 0 ? -1 : text.IndexOfAny(Boundaries, start, Math.Min(BoundaryScan, matchStart - start));
        start = boundary >= 0 ? boundary + 1 : start;
        var end = Math.Min(text.Length, start + FragmentLength);
        var stop = end == text.Length ? -1 : text.IndexOfAny(Boundaries, end, Math.Min(BoundaryScan, text.Length - end));
        return (start, stop >= 0 ? stop + 1 : end);
    }

    private static void AppendMarked(StringBuilder html, string text, int start, int end, IReadOnlyList<(int Start, int End)> matches)
    {
        var at = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(HtmlText.Encode(text[at..matchStart])).Append("<mark>").Append(HtmlText.Encode(text[matchStart..matchEnd])).Append("</mark>");
            at = matchEnd;
        }

        html.Append(HtmlText.Encode(text[at..end]));
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Mark();
}

using System.Text;
using Lucene.Net.Search.Highlight;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// HTML-encodes text by escaping only the five markup characters, so Japanese stays readable
/// (Lucene's SimpleHTMLEncoder writes every non-ASCII character as a numeric entity).
/// </summary>
internal sealed class HtmlText : IEncoder
{
    public static readonly HtmlText Encoder = new();

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    public string EncodeText(string originalText) => Encode(originalText);
}

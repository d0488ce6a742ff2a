using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.UnitTests.Contents;

public class MarkdownRendererTests
{
    /// <summary>Elements that Markdown itself produces; anything else came from raw HTML.</summary>
    private static readonly HashSet<string> MarkdownElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "del", "ins", "mark", "sub", "sup",
        "ul", "ol", "li", "blockquote", "pre", "code", "hr", "br", "img",
        "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
    };

    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Headings_render_as_heading_elements()
    {
        var doc = Parse(_renderer.ToSafeHtml("# 公民連携デスク\n\n## Contact"));

        Assert.Equal("公民連携デスク", doc.QuerySelector("h1")?.TextContent);
        Assert.Equal("Contact", doc.QuerySelector("h2")?.TextContent);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var doc = Parse(_renderer.ToSafeHtml("| 項目 | 内容 |\n|---|---|\n| 窓口 | 連携推進課 |\n"));

        Assert.Equal(["項目", "内容"], doc.QuerySelectorAll("table thead th").Select(e => e.TextContent));
        Assert.Equal(["窓口", "連携推進課"], doc.QuerySelectorAll("table tbody td").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData("[市のサイト](https://www.city.aomori.aomori.jp/)", "https://www.city.aomori.aomori.jp/")]
    [InlineData("[desk](mailto:desk@example.jp)", "mailto:desk@example.jp")]
    [InlineData("[call](tel:017-000-0000)", "tel:017-000-0000")]
    [InlineData("See https://example.jp/pfi for details", "https://example.jp/pfi")]
    public void Links_with_safe_schemes_keep_their_target(string markdown, string href)
    {
        var link = Parse(_renderer.ToSafeHtml(markdown)).QuerySelector("a");

        Assert.NotNull(link);
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = _renderer.ToSafeHtml("Hello <b>world</b>");
        var doc = Parse(html);

        Assert.Null(doc.QuerySelector("b"));
        Assert.Contains("<b>world</b>", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_markdown_renders_as_empty_html()
    {
        Assert.Equal(string.Empty, _renderer.ToSafeHtml(null!));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=p></form>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("```\n</code></pre><script>alert(1)</script>\n```")]
    [InlineData("| a |\n|---|\n| <img src=x onerror=alert(1)> |")]
    public void Script_event_handlers_dangerous_links_styles_and_raw_html_never_reach_the_output(string markdown)
    {
        AssertOnlyMarkdownMarkup(_renderer.ToSafeHtml(markdown));
    }

    internal static void AssertOnlyMarkdownMarkup(string html)
    {
        var elements = Parse(html).Body!.Descendants<IElement>().ToList();

        Assert.All(elements, e => Assert.Contains(e.LocalName, MarkdownElements));
        Assert.All(elements.SelectMany(e => e.Attributes), a =>
        {
            Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute {a.Name}");
            Assert.NotEqual("style", a.Name, StringComparer.OrdinalIgnoreCase);
        });
        Assert.All(elements.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>(), url =>
        {
            var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
            Assert.Matches("^(https?:|mailto:|tel:|[^:]*$)", compact);
        });
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

using Ganss.Xss;
using Markdig;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Markdown to safe HTML: raw HTML in the source is not passed through, and the output is
/// sanitised again, so an editor's text can never inject script.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline));

    /// <summary>Editor-written HTML (Html fields), with the same allow-list as rendered Markdown.</summary>
    public string SanitizeHtml(string html) => _sanitizer.Sanitize(html ?? string.Empty);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}

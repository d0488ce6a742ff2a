using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Mvc;

/// <summary>
/// The list of errors at the top of a form, each linking to its field; the theme's script moves
/// focus to it. Renders nothing when the form is valid. The model state does not keep the order errors
/// were added in, so a form passes <see cref="FieldOrder"/> (its keys top to bottom) to list them as the
/// visitor reads the form; keys not in it follow.
/// </summary>
[HtmlTargetElement("oca-validation-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ValidationSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public IEnumerable<string>? FieldOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var enc = ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var html = new StringBuilder("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">");
        html.Append("<h2 id=\"error-summary-title\">")
            .Append(enc.Encode(Cultures.T("入力内容を確認してください", "Please check your input")))
            .Append("</h2><ul>");
        var order = (FieldOrder ?? []).Select((key, index) => (key, index)).ToDictionary(x => x.key, x => x.index, StringComparer.Ordinal);
        foreach (var (key, entry) in state.OrderBy(e => order.GetValueOrDefault(e.Key, int.MaxValue)))
        {
            foreach (var error in entry?.Errors ?? [])
            {
                var target = key.Length == 0 ? null : TagBuilder.CreateSanitizedId(key, "_");
                html.Append("<li>");
                html.Append(target is null
                    ? enc.Encode(error.ErrorMessage)
                    : $"<a href=\"#{target}\">{enc.Encode(error.ErrorMessage)}</a>");
                html.Append("</li>");
            }
        }

        html.Append("</ul></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.Core.Mvc;

/// <summary>
/// An accessible form field: a label tied to its control, help text and the error message tied
/// with aria-describedby, aria-invalid when wrong. Usage: &lt;oca-field for="Email" label="…" type="email" /&gt;.
/// </summary>
[HtmlTargetElement("oca-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    /// <summary>text, email, password, tel, url, number, date, textarea, checkbox or select.</summary>
    public string Type { get; set; } = "text";

    public string? Help { get; set; }

    public bool Required { get; set; }

    public string? Autocomplete { get; set; }

    public int Rows { get; set; } = 6;

    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors : null;
        var error = errors is { Count: > 0 } ? errors[0].ErrorMessage : null;
        var attempted = entry?.AttemptedValue;
        var value = attempted ?? Convert.ToString(For.Model, System.Globalization.CultureInfo.CurrentCulture) ?? string.Empty;
        var describedBy = string.Join(' ', new[] { error is null ? null : id + "-error", Help is null ? null : id + "-help" }.Where(x => x is not null));

        var html = new System.Text.StringBuilder();
        var enc = ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var cssClass = error is null ? "field" : "field field-invalid";
        var required = Required ? " required" : string.Empty;
        var requiredMark = Required ? "<span class=\"required-mark\">" + enc.Encode(Localization.Cultures.T("（必須）", " (required)")) + "</span>" : string.Empty;
        var aria = (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : string.Empty) + (error is null ? string.Empty : " aria-invalid=\"true\"");
        var auto = Autocomplete is null ? string.Empty : $" autocomplete=\"{enc.Encode(Autocomplete)}\"";

        if (Type == "checkbox")
        {
            var isChecked = For.Model is true || attempted is "true" ? " checked" : string.Empty;
            html.Append($"<div class=\"{cssClass} field-checkbox\"><input type=\"checkbox\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"true\"{isChecked}{aria}>");
            html.Append($"<input type=\"hidden\" name=\"{enc.Encode(name)}\" value=\"false\">");
            html.Append($"<label for=\"{id}\">{enc.Encode(Label)}</label>");
        }
        else
        {
            html.Append($"<div class=\"{cssClass}\"><label for=\"{id}\">{enc.Encode(Label)}{requiredMark}</label>");
            if (Help is not null)
            {
                html.Append($"<p class=\"field-help\" id=\"{id}-help\">{enc.Encode(Help)}</p>");
            }

            if (error is not null)
            {
                html.Append($"<p class=\"field-error\" id=\"{id}-error\">{enc.Encode(error)}</p>");
            }

            html.Append(Type switch
            {
                "textarea" => $"<textarea id=\"{id}\" name=\"{enc.Encode(name)}\" rows=\"{Rows}\"{required}{aria}>{enc.Encode(value)}</textarea>",
                "select" => Select(id, name, value, required + aria, enc),
                "password" => $"<input type=\"password\" id=\"{id}\" name=\"{enc.Encode(name)}\"{required}{auto}{aria}>",
                _ => $"<input type=\"{enc.Encode(Type)}\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"{enc.Encode(value)}\"{required}{auto}{aria}>",
            });
        }

        if (Type == "checkbox" && error is not null)
        {
            html.Append($"<p class=\"field-error\" id=\"{id}-error\">{enc.Encode(error)}</p>");
        }

        html.Append("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private string Select(string id, string name, string value, string attributes, HtmlEncoder enc)
    {
        var options = string.Concat((Items ?? []).Select(i =>
            $"<option value=\"{enc.Encode(i.Value ?? string.Empty)}\"{(i.Value == value || i.Selected ? " selected" : string.Empty)}>{enc.Encode(i.Text)}</option>"));
        return $"<select id=\"{id}\" name=\"{enc.Encode(name)}\"{attributes}>{options}</select>";
    }
}

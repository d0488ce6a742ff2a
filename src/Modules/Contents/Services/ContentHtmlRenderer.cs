using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>Sanitised HTML of a version's Markdown and Html fields, rendered once when the version is saved.</summary>
internal sealed class ContentHtmlRenderer(MarkdownRenderer markdown)
{
    public Dictionary<string, string> Render(ContentTypeDefinition type, IReadOnlyDictionary<string, System.Text.Json.JsonElement> fields)
    {
        var html = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Where(f => f.Kind is ContentFieldKind.Markdown or ContentFieldKind.Html))
        {
            var source = fields.GetText(field.Name);
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            html[field.Name] = field.Kind == ContentFieldKind.Markdown ? markdown.ToSafeHtml(source) : markdown.SanitizeHtml(source);
        }

        return html;
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Models;

/// <summary>
/// A field's value as the public reads it, by kind: 和暦 dates, option labels, joined tags, safe links, text kept
/// as text (encoded). Markdown, HTML, media and groups have their own markup on the pages.
/// </summary>
internal static class FieldDisplay
{
    public static IHtmlContent Value(ContentFieldDefinition field, IReadOnlyDictionary<string, JsonElement> values)
    {
        switch (field.Kind)
        {
            case ContentFieldKind.Date:
                return Display.Time(values.GetDate(field.Name));
            case ContentFieldKind.Number:
                return Text(values.GetNumber(field.Name) is { } number ? Display.Number(number) : null);
            case ContentFieldKind.Select:
                return Text(values.GetText(field.Name) is { Length: > 0 } value ? field.OptionLabel(value) : null);
            case ContentFieldKind.Tags:
                return Text(string.Join(Cultures.T("、", ", "), values.GetTags(field.Name)));
            case ContentFieldKind.Link:
                var text = values.GetText(field.Name);
                if (Display.SafeHref(text) is not { } href)
                {
                    return Text(text);
                }

                var link = new TagBuilder("a");
                link.Attributes["href"] = href;
                link.InnerHtml.Append(href);
                return link;
            case ContentFieldKind.MultilineText:
                var span = new TagBuilder("span");
                span.Attributes["class"] = "pre-line";
                span.InnerHtml.Append(values.GetText(field.Name) ?? string.Empty);
                return span;
            default:
                return Text(values.GetText(field.Name));
        }
    }

    /// <summary>Whether the item holds a value worth a line on the page (empty strings, lists and groups are not).</summary>
    public static bool HasValue(ContentFieldDefinition field, IReadOnlyDictionary<string, JsonElement> values) =>
        values.TryGetValue(field.Name, out var value) && value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim().Length > 0,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            JsonValueKind.Number => true,
            _ => false,
        };

    private static IHtmlContent Text(string? value) => new HtmlContentBuilder().Append(value ?? string.Empty);
}

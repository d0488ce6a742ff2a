using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>The searchable plain text of an item version: summary, body, then every other textual field.</summary>
internal static partial class ContentText
{
    public static string Extract(ContentItemView item, ContentTypeDefinition type)
    {
        var parts = new List<string>();
        var first = new[] { type.SummaryField, type.BodyField }.OfType<string>().ToList();
        foreach (var name in first)
        {
            AddField(parts, item, type.Field(name), name);
        }

        foreach (var field in type.Fields.Where(f => !first.Contains(f.Name)))
        {
            AddField(parts, item, field, field.Name);
        }

        return string.Join("\n", parts.Where(p => p.Length > 0));
    }

    public static string Label(LocalizedText text, string culture) => culture == Cultures.English ? text.En : text.Ja;

    public static string OptionLabel(ContentFieldDefinition field, string? value, string culture) =>
        field.Options.FirstOrDefault(o => o.Value == value) is { } option ? Label(option.Label, culture) : value ?? string.Empty;

    /// <summary>Text of sanitised HTML: tags dropped, blocks separated, entities decoded.</summary>
    public static string FromHtml(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, string.Empty);
        return Collapse(WebUtility.HtmlDecode(text));
    }

    private static void AddField(List<string> parts, ContentItemView item, ContentFieldDefinition? field, string name)
    {
        if (field is null)
        {
            parts.Add(item.GetText(name) is { } untyped ? Collapse(untyped) : string.Empty);
            return;
        }

        switch (field.Kind)
        {
            case ContentFieldKind.Text or ContentFieldKind.MultilineText:
                parts.Add(Collapse(item.GetText(name) ?? string.Empty));
                break;
            case ContentFieldKind.Markdown or ContentFieldKind.Html:
                parts.Add(item.GetHtml(name) is { } html ? FromHtml(html) : Collapse(item.GetText(name) ?? string.Empty));
                break;
            case ContentFieldKind.Select:
                parts.Add(item.GetText(name) is { Length: > 0 } value ? OptionLabel(field, value, item.Culture) : string.Empty);
                break;
            case ContentFieldKind.Tags:
                parts.Add(string.Join(" ", item.GetTags(name)));
                break;
            case ContentFieldKind.Group:
                parts.Add(GroupText(item, field));
                break;
            default:
                break;
        }
    }

    private static string GroupText(ContentItemView item, ContentFieldDefinition group)
    {
        var text = new StringBuilder();
        foreach (var row in item.Fields.GetGroup(group.Name))
        {
            foreach (var sub in group.Fields)
            {
                var value = sub.Kind switch
                {
                    ContentFieldKind.Select => row.GetText(sub.Name) is { Length: > 0 } v ? OptionLabel(sub, v, item.Culture) : null,
                    ContentFieldKind.Text or ContentFieldKind.MultilineText => row.GetText(sub.Name),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(value))
                {
                    text.Append(Collapse(value)).Append(' ');
                }
            }
        }

        return text.ToString().Trim();
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"<(br|/p|/li|/h[1-6]|/td|/th|/tr|/div|/blockquote|/pre)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

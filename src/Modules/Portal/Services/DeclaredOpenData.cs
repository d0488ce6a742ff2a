using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCityAomori.Core.Content;
using static OpenCityAomori.Modules.Portal.Services.OpenDataMapper;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// Open-data records of a type another module declares: the item's own properties, then every field declared in
/// code, by its name (a Select also as {name}Label, in the item's language; Markdown as written; Media as its URL;
/// Group as an array of objects). Fields editors add in the admin are left out: the record's shape stays the module's.
/// </summary>
internal static class DeclaredOpenData
{
    public static readonly IReadOnlyList<string> ItemColumns = ["id", "translationGroup", "title", "url", "culture", "slug", "published", "modified"];

    public static IReadOnlyList<ContentFieldDefinition> Fields(ContentTypeDefinition type) => type.Fields.Where(f => !f.IsExtra).ToList();

    public static IReadOnlyList<string> Columns(ContentTypeDefinition type) =>
        [.. ItemColumns, .. Fields(type).SelectMany(f => f.Kind == ContentFieldKind.Select ? [f.Name, f.Name + "Label"] : new[] { f.Name })];

    /// <summary>The media ids an item's Media fields (in groups too) point to.</summary>
    public static IEnumerable<string> MediaIds(ContentItemView item, ContentTypeDefinition type) =>
        Fields(type).SelectMany(f => f.Kind switch
        {
            ContentFieldKind.Media => item.GetText(f.Name) is { Length: > 0 } id ? [id] : [],
            ContentFieldKind.Group => item.Fields.GetGroup(f.Name)
                .SelectMany(row => f.Fields.Where(s => s.Kind == ContentFieldKind.Media).Select(s => row.GetText(s.Name)))
                .OfType<string>(),
            _ => [],
        });

    public static JsonObject Record(ContentItemView item, ContentTypeDefinition type, string baseUrl, IReadOnlyDictionary<string, string> mediaUrls)
    {
        var record = new JsonObject
        {
            ["id"] = item.ContentItemId,
            ["translationGroup"] = item.TranslationGroupId,
            ["title"] = item.Title,
            ["url"] = baseUrl + ContentRoutes.UrlFor(type, item.Culture, item.Slug),
            ["culture"] = item.Culture,
            ["slug"] = item.Slug,
            ["published"] = Iso(item.PublishedUtc),
            ["modified"] = Iso(item.ModifiedUtc),
        };
        Add(record, Fields(type), item.Fields, item.Culture, baseUrl, mediaUrls);
        return record;
    }

    /// <summary>The CSV row of a record: arrays joined with "; ", a group's rows joined so and their values with " / ".</summary>
    public static IReadOnlyList<string?> Row(JsonObject record, IReadOnlyList<string> columns) =>
        columns.Select(c => Cell(record[c])).ToList();

    private static void Add(
        JsonObject record, IEnumerable<ContentFieldDefinition> fields, IReadOnlyDictionary<string, JsonElement> values, string culture,
        string baseUrl, IReadOnlyDictionary<string, string> mediaUrls)
    {
        foreach (var field in fields)
        {
            var name = field.Name;
            switch (field.Kind)
            {
                case ContentFieldKind.Select:
                    record[name] = values.GetText(name);
                    record[name + "Label"] = Label(field, values.GetText(name), culture);
                    break;
                case ContentFieldKind.Date:
                    record[name] = Iso(values.GetDate(name));
                    break;
                case ContentFieldKind.Number:
                    record[name] = values.GetNumber(name) is { } number ? JsonValue.Create(number) : null;
                    break;
                case ContentFieldKind.Tags:
                    record[name] = new JsonArray([.. values.GetTags(name).Select(t => (JsonNode?)t)]);
                    break;
                case ContentFieldKind.Media:
                    record[name] = values.GetText(name) is { } id && mediaUrls.TryGetValue(id, out var url) ? baseUrl + url : null;
                    break;
                case ContentFieldKind.Group:
                    record[name] = new JsonArray([.. values.GetGroup(name).Select(row =>
                    {
                        var sub = new JsonObject();
                        Add(sub, field.Fields, row, culture, baseUrl, mediaUrls);
                        return (JsonNode?)sub;
                    })]);
                    break;
                default:
                    record[name] = values.GetText(name);
                    break;
            }
        }
    }

    private static string? Cell(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => Join(array.Select(n => n is JsonObject row ? GroupRow(row) : Cell(n) ?? string.Empty)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    /// <summary>A group's row: its values (a Select's label rather than its value), the empty ones left out.</summary>
    private static string GroupRow(JsonObject row) =>
        string.Join(" / ", row
            .Where(p => !row.ContainsKey(p.Key + "Label"))
            .Select(p => Cell(p.Value))
            .Where(v => !string.IsNullOrWhiteSpace(v)));
}

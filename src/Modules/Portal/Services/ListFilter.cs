using System.Globalization;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// Narrows a list of published items by querystring filters and counts, for every filter, how many
/// items each value would leave (given the other filters), so links never lead to an empty page unawares.
/// </summary>
internal static class ListFilter
{
    public const string Year = "year";
    public const string Tag = "tag";

    /// <summary>The values an item has for a filter key: "year", "tag", or a field name.</summary>
    public static IReadOnlyList<string> ValuesOf(ContentItemView item, ContentTypeDefinition type, string key)
    {
        if (key == Year)
        {
            return item.EffectiveDate(type) is { } date ? [date.Year.ToString(CultureInfo.InvariantCulture)] : [];
        }

        var field = type.Field(key == Tag ? "tags" : key);
        if (field is null)
        {
            return [];
        }

        if (field.Kind == ContentFieldKind.Tags)
        {
            return item.GetTags(field.Name);
        }

        return item.GetText(field.Name) is { Length: > 0 } text ? [text.Trim()] : [];
    }

    public static Listing Apply(
        IReadOnlyList<ContentItemView> items,
        ContentTypeDefinition type,
        IReadOnlyList<string> keys,
        IReadOnlyDictionary<string, string?> selected,
        int page,
        int pageSize)
    {
        var chosen = keys
            .Where(k => selected.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v))
            .ToDictionary(k => k, k => selected[k]!.Trim(), StringComparer.Ordinal);

        bool Matches(ContentItemView item, string? except) =>
            chosen.All(c => c.Key == except || ValuesOf(item, type, c.Key).Contains(c.Value, StringComparer.Ordinal));

        var facets = keys.Select(key => BuildFacet(items.Where(i => Matches(i, key)).ToList(), type, key, chosen.GetValueOrDefault(key))).ToList();
        var matching = items.Where(i => Matches(i, null)).ToList();
        var pageCount = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var shown = matching.Skip((current - 1) * pageSize).Take(pageSize).ToList();
        return new Listing(shown, matching.Count, current, pageCount, facets);
    }

    private static Facet BuildFacet(IReadOnlyList<ContentItemView> candidates, ContentTypeDefinition type, string key, string? selected)
    {
        var field = type.Field(key == Tag ? "tags" : key);
        var counts = candidates
            .SelectMany(i => ValuesOf(i, type, key).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (selected is not null)
        {
            counts.TryAdd(selected, 0);
        }

        IEnumerable<FacetValue> values = counts.Select(c => new FacetValue(c.Key, ValueLabel(field, key, c.Key), c.Value));
        if (key == Year)
        {
            values = values.OrderByDescending(v => v.Value, StringComparer.Ordinal);
        }
        else if (field is { Options.Count: > 0 })
        {
            var order = field.Options.Select(o => o.Value).ToList();
            values = values.OrderBy(v => order.IndexOf(v.Value) is var i && i < 0 ? int.MaxValue : i);
        }
        else
        {
            values = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
        }

        var label = key == Year ? Cultures.T("年", "Year") : field?.Label.Current ?? key;
        return new Facet(key, label, values.ToList(), selected);
    }

    private static string ValueLabel(ContentFieldDefinition? field, string key, string value) =>
        key == Year && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? Cultures.T(JapaneseDate.EraYear(new DateOnly(year, 12, 31)) is { } era ? $"{era}（{value}年）" : value + "年", value)
            : field?.OptionLabel(value) ?? value;
}

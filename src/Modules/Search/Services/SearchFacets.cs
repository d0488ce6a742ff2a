using Microsoft.AspNetCore.Http;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Indexing;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Facet dimensions (type, year and every facet field), their labels, and filters read from a query string.</summary>
internal static class SearchFacets
{
    public const int MaxValuesPerFilter = 20;
    public const int MaxFilterValueLength = 200;

    /// <summary>Query-string names that are not filters, so a facet field cannot take them over.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "q", "page", "pageSize", "sort", "culture", "format" };

    private static readonly string[] Preferred =
        [SearchFields.TypeDimension, "scheme", "municipality", SearchFields.YearDimension, "status", "category", "tags"];

    public static IReadOnlyList<string> Dimensions(IReadOnlyDictionary<string, ContentTypeDefinition> types, bool searchableOnly)
    {
        var fields = types.Values.Where(t => !searchableOnly || t.Searchable).SelectMany(t => t.Fields).Where(f => f.IsFacet).Select(f => f.Name);
        return new[] { SearchFields.TypeDimension, SearchFields.YearDimension }
            .Concat(fields)
            .Where(d => !Reserved.Contains(d))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(d => Array.IndexOf(Preferred, d) is var i && i >= 0 ? i : Preferred.Length)
            .ThenBy(d => d, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadFilters(IQueryCollection query, IEnumerable<string> dimensions)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in dimensions)
        {
            var values = query[dimension]
                .Select(v => v?.Trim() ?? string.Empty)
                .Where(v => v.Length is > 0 and <= MaxFilterValueLength)
                .Distinct(StringComparer.Ordinal)
                .Take(MaxValuesPerFilter)
                .ToList();
            if (values.Count > 0)
            {
                filters[dimension] = values;
            }
        }

        return filters;
    }

    public static string DimensionLabel(string dimension, IReadOnlyDictionary<string, ContentTypeDefinition> types, string culture) => dimension switch
    {
        SearchFields.TypeDimension => culture == Cultures.English ? "Type" : "種類",
        SearchFields.YearDimension => culture == Cultures.English ? "Year" : "年",
        _ => Field(dimension, types, _ => true) is { } field ? ContentText.Label(field.Label, culture) : dimension,
    };

    public static string ValueLabel(string dimension, string value, IReadOnlyDictionary<string, ContentTypeDefinition> types, string culture)
    {
        switch (dimension)
        {
            case SearchFields.TypeDimension:
                return types.TryGetValue(value, out var type) ? ContentText.Label(type.DisplayName, culture) : value;
            case SearchFields.YearDimension:
                return culture == Cultures.English ? value : value + "年";
            default:
                var field = Field(dimension, types, f => f.Options.Any(o => o.Value == value));
                return field is null ? value : ContentText.OptionLabel(field, value, culture);
        }
    }

    private static ContentFieldDefinition? Field(string name, IReadOnlyDictionary<string, ContentTypeDefinition> types, Func<ContentFieldDefinition, bool> predicate) =>
        types.Values.SelectMany(t => t.Fields).FirstOrDefault(f => f.IsFacet && f.Name == name && predicate(f));
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Modules.Search.Models;

/// <summary>Links of a search page: the same query with another page, sort or filter set.</summary>
internal sealed record SearchUrl(string BasePath, string Query, SearchSort Sort, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters)
{
    /// <summary>The admin's language filter, kept across links.</summary>
    public string? ItemCulture { get; init; }

    public bool IsSelected(string dimension, string value) =>
        Filters.TryGetValue(dimension, out var values) && values.Contains(value, StringComparer.Ordinal);

    public string ForPage(int page) => Build(page, Sort, Filters);

    public string WithoutFilters() => Build(1, Sort, new Dictionary<string, IReadOnlyList<string>>());

    public string ForSort(SearchSort sort) => Build(1, sort, Filters);

    /// <summary>Adds the value to the filter, or removes it when it is already there.</summary>
    public string Toggle(string dimension, string value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value.ToList(), StringComparer.Ordinal);
        if (!filters.TryGetValue(dimension, out var values))
        {
            values = [];
            filters[dimension] = values;
        }

        if (!values.Remove(value))
        {
            values.Add(value);
        }

        return Build(1, Sort, filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.Ordinal));
    }

    private string Build(int page, SearchSort sort, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("q", Query) };
        foreach (var (dimension, values) in filters)
        {
            parameters.AddRange(values.Select(v => new KeyValuePair<string, string?>(dimension, v)));
        }

        if (ItemCulture is not null)
        {
            parameters.Add(new("culture", ItemCulture));
        }

        if (sort == SearchSort.Date)
        {
            parameters.Add(new("sort", "date"));
        }

        if (page > 1)
        {
            parameters.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return BasePath + QueryString.Create(parameters).ToUriComponent();
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Counts the facet values of every matching document in the same pass that collects the top hits:
/// per segment by ordinal of the "$facets" doc values, turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private SortedSetDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facets);
        _segmentCounts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        long ord;
        while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _segmentCounts[ord]++;
        }
    }

    /// <summary>Counts by dimension, each ordered by count (year: newest first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        return _counts
            .Select(c => (Parts: c.Key.Split(SearchFields.FacetSeparator, 2), c.Value))
            .Where(c => c.Parts.Length == 2)
            .GroupBy(c => c.Parts[0], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<FacetCount>)(g.Key == SearchFields.YearDimension
                    ? g.OrderByDescending(c => c.Parts[1], StringComparer.Ordinal)
                    : g.OrderByDescending(c => c.Value).ThenBy(c => c.Parts[1], StringComparer.Ordinal))
                    .Select(c => new FacetCount(c.Parts[1], c.Value))
                    .ToList(),
                StringComparer.Ordinal);
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _values.LookupOrd(ord, _scratch);
                var key = _scratch.Utf8ToString();
                _counts[key] = _counts.GetValueOrDefault(key) + _segmentCounts[ord];
            }
        }

        _values = null;
    }
}

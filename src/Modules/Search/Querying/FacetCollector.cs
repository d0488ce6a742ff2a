using Lucene.Net.Index;
using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Counts the facet values of every matching document in the same pass that collects the top hits:
/// per segment by ordinal (see <see cref="FacetOrdinals"/>), turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private FacetOrdinals? _segment;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = FacetOrdinals.For(context.AtomicReader);
        _segmentCounts = new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        var ordinals = _segment!.Ordinals;
        var counts = _segmentCounts;
        for (int i = _segment.Offsets[doc], end = _segment.Offsets[doc + 1]; i < end; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    /// <summary>Counts by dimension, each ordered by count (year: newest first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(_counts.Count, StringComparer.Ordinal);
        foreach (var (dimension, values) in _counts)
        {
            var list = new List<FacetCount>(values.Count);
            foreach (var (value, count) in values)
            {
                list.Add(new FacetCount(value, count));
            }

            list.Sort(dimension == SearchFields.YearDimension
                ? (a, b) => string.CompareOrdinal(b.Value, a.Value)
                : (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            result[dimension] = list;
        }

        return result;
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                if (!_counts.TryGetValue(_segment.Dimensions[ord], out var values))
                {
                    values = new Dictionary<string, int>(StringComparer.Ordinal);
                    _counts[_segment.Dimensions[ord]] = values;
                }

                values[_segment.Labels[ord]] = values.GetValueOrDefault(_segment.Labels[ord]) + _segmentCounts[ord];
            }
        }

        _segment = null;
    }
}

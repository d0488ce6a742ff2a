using Lucene.Net.Index;
using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Counts the facet values of every matching document in the same pass that collects the top hits: each
/// hit sets one bit; at the end of a segment the bits are counted against each value's documents
/// (see <see cref="FacetBitSets"/>).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private FacetBitSets? _segment;
    private ulong[] _hits = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = FacetBitSets.For(context.AtomicReader);
        _hits = new ulong[_segment.Words];
    }

    public void Collect(int doc) => _hits[doc >> 6] |= 1UL << doc;

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

        for (var value = 0; value < _segment.Count; value++)
        {
            var count = _segment.CountHits(value, _hits);
            if (count == 0)
            {
                continue;
            }

            if (!_counts.TryGetValue(_segment.Dimensions[value], out var values))
            {
                values = new Dictionary<string, int>(StringComparer.Ordinal);
                _counts[_segment.Dimensions[value]] = values;
            }

            values[_segment.Labels[value]] = values.GetValueOrDefault(_segment.Labels[value]) + count;
        }

        _segment = null;
    }
}

using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// Filters (scope, culture, facet values) as cached bit sets per segment: the text query then checks a bit
/// per candidate instead of walking the filter's postings. New segments are cached when first searched.
/// </summary>
internal sealed class FilterCache
{
    private const int MaxFilters = 256;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter Get(SearchRequest request)
    {
        var key = Key(request);
        if (_filters.TryGetValue(key, out var filter))
        {
            return filter;
        }

        if (_filters.Count >= MaxFilters)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => new BitSetCachingFilter(new QueryWrapperFilter(SearchQueryBuilder.BuildFilter(request))));
    }

    private static string Key(SearchRequest request) =>
        string.Join(
            "\u001e",
            new[] { request.Scope.ToString(), request.Culture ?? "*" }.Concat(request.Filters
                .Where(f => f.Value.Count > 0)
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => f.Key + "=" + string.Join("\u001f", f.Value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))));

    /// <summary>Caches plain bit sets, which offer random access (the default compressed sets do not).</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}

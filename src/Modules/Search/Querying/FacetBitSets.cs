using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// The documents of every facet value of one segment, decoded once and kept while the segment lives: a
/// bit set for common values, a list of documents for rare ones. Counting a search's hits per value is
/// then an AND and a population count over a few kilobytes per value, whatever the number of hits, so
/// the hits themselves only need one bit each (which stays in the processor's cache).
/// </summary>
internal sealed class FacetBitSets
{
    private static readonly ConditionalWeakTable<object, FacetBitSets> Cache = [];

    private FacetBitSets(int maxDoc, string[] dimensions, string[] labels, ulong[]?[] dense, int[]?[] sparse)
    {
        Words = (maxDoc + 63) >> 6;
        Dimensions = dimensions;
        Labels = labels;
        Dense = dense;
        Sparse = sparse;
    }

    /// <summary>Length of a bit set of this segment in 64-bit words.</summary>
    public int Words { get; }

    public string[] Dimensions { get; }

    public string[] Labels { get; }

    /// <summary>By value: the bit set of its documents, or null when <see cref="Sparse"/> lists them.</summary>
    public ulong[]?[] Dense { get; }

    public int[]?[] Sparse { get; }

    public int Count => Labels.Length;

    public static FacetBitSets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    /// <summary>How many of the documents in <paramref name="hits"/> have value <paramref name="value"/>.</summary>
    public int CountHits(int value, ulong[] hits)
    {
        if (Dense[value] is { } bits)
        {
            var count = 0;
            for (var i = 0; i < bits.Length; i++)
            {
                count += BitOperations.PopCount(bits[i] & hits[i]);
            }

            return count;
        }

        var matches = 0;
        foreach (var doc in Sparse[value]!)
        {
            matches += (int)((hits[doc >> 6] >> doc) & 1UL);
        }

        return matches;
    }

    private static FacetBitSets Load(AtomicReader reader)
    {
        var docValues = reader.GetSortedSetDocValues(SearchFields.Facets);
        var valueCount = (int)(docValues?.ValueCount ?? 0);
        var dimensions = new string[valueCount];
        var labels = new string[valueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < valueCount; ord++)
        {
            docValues!.LookupOrd(ord, scratch);
            var value = scratch.Utf8ToString();
            var separator = value.IndexOf(SearchFields.FacetSeparator, StringComparison.Ordinal);
            dimensions[ord] = separator < 0 ? string.Empty : value[..separator];
            labels[ord] = value[(separator + 1)..];
        }

        var documents = Enumerable.Range(0, valueCount).Select(_ => new List<int>()).ToArray();
        for (var doc = 0; docValues is not null && doc < reader.MaxDoc; doc++)
        {
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                documents[ord].Add(doc);
            }
        }

        var words = (reader.MaxDoc + 63) >> 6;
        var dense = new ulong[]?[valueCount];
        var sparse = new int[]?[valueCount];
        for (var ord = 0; ord < valueCount; ord++)
        {
            // A list costs 4 bytes a document, a bit set 8 bytes a word: take the smaller.
            if (documents[ord].Count * 4 > words * 8)
            {
                var bits = new ulong[words];
                foreach (var doc in documents[ord])
                {
                    bits[doc >> 6] |= 1UL << doc;
                }

                dense[ord] = bits;
            }
            else
            {
                sparse[ord] = [.. documents[ord]];
            }
        }

        return new FacetBitSets(reader.MaxDoc, dimensions, labels, dense, sparse);
    }
}

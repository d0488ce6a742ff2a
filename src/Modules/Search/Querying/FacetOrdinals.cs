using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using OpenCityAomori.Modules.Search.Analysis;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>
/// The facet values of every document of one segment, decoded once into flat arrays (a few bytes per
/// value) and kept while the segment lives, so counting a hit is a loop over a handful of integers.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> Cache = [];
    private static readonly FacetOrdinals None = new([0], [], []);

    private FacetOrdinals(int[] offsets, int[] ordinals, string[] values)
    {
        Offsets = offsets;
        Ordinals = ordinals;
        Values = values;
        Dimensions = new string[values.Length];
        Labels = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var separator = values[i].IndexOf(SearchFields.FacetSeparator, StringComparison.Ordinal);
            Dimensions[i] = separator < 0 ? string.Empty : values[i][..separator];
            Labels[i] = values[i][(separator + 1)..];
        }
    }

    /// <summary>Ordinals of document d are <see cref="Ordinals"/>[Offsets[d]..Offsets[d + 1]].</summary>
    public int[] Offsets { get; }

    public int[] Ordinals { get; }

    /// <summary>"dimension\u001fvalue" by ordinal.</summary>
    public string[] Values { get; }

    /// <summary>The dimension part of <see cref="Values"/>.</summary>
    public string[] Dimensions { get; }

    /// <summary>The value part of <see cref="Values"/>.</summary>
    public string[] Labels { get; }

    public static FacetOrdinals For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static FacetOrdinals Load(AtomicReader reader)
    {
        var docValues = reader.GetSortedSetDocValues(SearchFields.Facets);
        if (docValues is null)
        {
            return None;
        }

        var values = new string[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            values[ord] = scratch.Utf8ToString();
        }

        var offsets = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc * 6);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            offsets[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        offsets[reader.MaxDoc] = ordinals.Count;
        return new FacetOrdinals(offsets, [.. ordinals], values);
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCityAomori.Benchmarks.Corpus;
using OpenCityAomori.Modules.Search.Indexing;

namespace OpenCityAomori.Benchmarks;

/// <summary>The 100,000-item benchmark index: built once (timed) and reused by the query benchmarks.</summary>
internal static class BenchIndex
{
    public const int ItemCount = 100_000;

    /// <summary>Stored as the index checkpoint to recognise a complete index of this corpus version.</summary>
    private const long Marker = 1_000_001;

    private static readonly Lock Gate = new();
    private static SearchIndexManager? _shared;

    public static string Root =>
        Environment.GetEnvironmentVariable("OCA_BENCH_INDEX") is { Length: > 0 } path ? Path.GetFullPath(path) : Path.Combine(Path.GetTempPath(), "oca-search-bench-100k");

    /// <summary>The benchmark index, opened from <see cref="Root"/> or built there first.</summary>
    public static SearchIndexManager Open()
    {
        lock (Gate)
        {
            if (_shared is not null)
            {
                return _shared;
            }

            var manager = new SearchIndexManager(Root, NullLogger<SearchIndexManager>.Instance);
            if (manager.Current.Checkpoint != Marker)
            {
                manager.Dispose();
                Console.WriteLine($"// building the {ItemCount:N0}-item index in {Root} ...");
                Build();
                manager = new SearchIndexManager(Root, NullLogger<SearchIndexManager>.Instance);
            }

            return _shared = manager;
        }
    }

    /// <summary>Generates the corpus and indexes it from scratch, as a full rebuild does, timing each part.</summary>
    public static IndexingResult Build()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var entries = new CorpusGenerator().Generate(ItemCount).ToList();
        var generated = clock.Elapsed;
        var characters = entries.Sum(e => (long)e.Published!.Title.Length + e.Published.Html.Values.Sum(h => h.Length));

        using var manager = new SearchIndexManager(Root, NullLogger<SearchIndexManager>.Instance);
        _ = manager.Current;
        clock.Restart();
        var fresh = manager.CreateGeneration();
        foreach (var entry in entries)
        {
            fresh.Add(entry, BenchTypes.All);
        }

        fresh.Commit(0);
        var indexed = clock.Elapsed;
        var sizeBeforeMerge = fresh.SizeOnDisk();
        clock.Restart();
        fresh.Optimize();
        fresh.Commit(Marker);
        var merged = clock.Elapsed;
        manager.Swap(fresh);
        return new IndexingResult(entries.Count, manager.Current.DocumentCount, characters, generated, indexed, merged, sizeBeforeMerge, manager.Current.SizeOnDisk());
    }
}

internal sealed record IndexingResult(
    int Items,
    int Documents,
    long Characters,
    TimeSpan Generation,
    TimeSpan Indexing,
    TimeSpan Merge,
    long BytesBeforeMerge,
    long Bytes)
{
    public double ItemsPerSecond => Items / Indexing.TotalSeconds;

    public double ItemsPerSecondWithMerge => Items / (Indexing + Merge).TotalSeconds;
}

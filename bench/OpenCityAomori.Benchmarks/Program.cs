using System.Globalization;
using BenchmarkDotNet.Running;
using OpenCityAomori.Benchmarks;
using OpenCityAomori.Benchmarks.Workflows;

// index          build the 100,000-item index from scratch; print indexing throughput and size
// profile        per-phase medians of single searches (matching, facets, top hits, snippets)
// profile-index  per-phase timing of indexing 8,000 items (analysis vs the index writer)
// workflows      workflow engine throughput and resume latency on the real host (--provider Sqlite|Postgres, see bench/workflows-bench.sh)
// otherwise      BenchmarkDotNet (e.g. --filter '*SearchQuery*'); --quick for a shorter run
var invariant = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "index":
        var result = BenchIndex.Build();
        Console.WriteLine(string.Create(invariant, $"INDEX items={result.Items} documents={result.Documents} characters={result.Characters}"));
        Console.WriteLine(string.Create(invariant, $"INDEX generation_s={result.Generation.TotalSeconds:0.0} indexing_s={result.Indexing.TotalSeconds:0.0} merge_s={result.Merge.TotalSeconds:0.0}"));
        Console.WriteLine(string.Create(invariant, $"INDEX items_per_s={result.ItemsPerSecond:0} items_per_s_with_merge={result.ItemsPerSecondWithMerge:0}"));
        Console.WriteLine(string.Create(invariant, $"INDEX size_mb={result.Bytes / 1048576.0:0.0} size_before_merge_mb={result.BytesBeforeMerge / 1048576.0:0.0} path={BenchIndex.Root}"));
        return;
    case "profile":
        Profile.Run();
        return;
    case "profile-facets":
        ProfileFacets.Run();
        return;
    case "profile-index":
        ProfileIndexing.Run();
        return;
    case "workflows":
        Environment.ExitCode = await WorkflowBench.RunAsync(args[1..]);
        return;
}

var quick = args.Contains("--quick");
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SearchQueryBenchmarks).Assembly).Run(args.Where(a => a != "--quick").ToArray(), LatencyConfig.Create(quick));
foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null))
{
    var statistics = report.ResultStatistics!;
    var median = statistics.Median / 1e6;
    var p99 = statistics.Percentiles.Percentile(99) / 1e6;
    Console.WriteLine(string.Create(invariant, $"TARGET {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: median {median:0.000} ms ({(median < 2 ? "PASS" : "MISS")} < 2 ms), p99 {p99:0.000} ms ({(p99 < 20 ? "PASS" : "MISS")} < 20 ms), n={statistics.N}"));
}

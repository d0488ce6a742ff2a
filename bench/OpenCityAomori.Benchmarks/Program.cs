using System.Globalization;
using BenchmarkDotNet.Running;
using OpenCityAomori.Benchmarks;

// "index": build the 100,000-item index from scratch and print indexing throughput and size.
// Otherwise BenchmarkDotNet's switcher (e.g. --filter '*Search*'), with "--quick" for a shorter run.
if (args.Length > 0 && args[0] == "index")
{
    var result = BenchIndex.Build();
    var invariant = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(invariant, $"INDEX items={result.Items} documents={result.Documents} characters={result.Characters}"));
    Console.WriteLine(string.Create(invariant, $"INDEX generation_s={result.Generation.TotalSeconds:0.0} indexing_s={result.Indexing.TotalSeconds:0.0} merge_s={result.Merge.TotalSeconds:0.0}"));
    Console.WriteLine(string.Create(invariant, $"INDEX items_per_s={result.ItemsPerSecond:0} items_per_s_with_merge={result.ItemsPerSecondWithMerge:0}"));
    Console.WriteLine(string.Create(invariant, $"INDEX size_mb={result.Bytes / 1048576.0:0.0} size_before_merge_mb={result.BytesBeforeMerge / 1048576.0:0.0} path={BenchIndex.Root}"));
    return;
}

if (args.Length > 0 && args[0] == "profile")
{
    Profile.Run();
    return;
}

var quick = args.Contains("--quick");
BenchmarkSwitcher.FromAssembly(typeof(SearchQueryBenchmarks).Assembly).Run(args.Where(a => a != "--quick").ToArray(), LatencyConfig.Create(quick));

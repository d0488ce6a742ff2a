using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace OpenCityAomori.Benchmarks;

/// <summary>
/// One query per iteration (so the statistics are of single queries, not of averages), outliers kept,
/// median and 95th/99th percentiles reported. In-process so the 100k index is opened once; no forced
/// garbage collection between queries (a server does not collect before every request either).
/// </summary>
internal static class LatencyConfig
{
    public static IConfig Create(bool quick) => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Throughput)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(quick ? 40 : 100)
            .WithIterationCount(quick ? 200 : 600)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithGcForce(false)
            .WithId(quick ? "short" : "full"))
        .AddColumn(StatisticColumn.Median, new PercentileColumn(95), new PercentileColumn(99), StatisticColumn.Max)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}

/// <summary>A percentile of the measurements (BenchmarkDotNet's built-in columns stop at P95).</summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => "Percentile" + percentile;

    public string ColumnName => "P" + percentile;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10 + percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of single-query latency";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "NA" : (statistics.Percentiles.Percentile(percentile) / 1_000_000).ToString("0.000 'ms'", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

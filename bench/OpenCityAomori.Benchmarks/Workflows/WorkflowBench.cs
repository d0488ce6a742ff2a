using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.Benchmarks.Workflows;

/// <summary>
/// Workflow engine figures on the real host: (a) instances started per second by FormSubmitted events
/// (message start → user task), one publisher and several at once; (b) latency of resuming one instance
/// by its business key while many wait on a message catch.
/// </summary>
internal static class WorkflowBench
{
    private const int WarmupStarts = 1000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Option(args, "--provider") ?? "Sqlite";
        var postgres = Option(args, "--postgres");
        var starts = int.Parse(Option(args, "--starts") ?? "2000", Invariant);
        var publishers = int.Parse(Option(args, "--publishers") ?? "4", Invariant);
        var waiting = int.Parse(Option(args, "--waiting") ?? "10000", Invariant);
        var resumes = int.Parse(Option(args, "--resumes") ?? "1000", Invariant);

        await using var host = await BenchHost.StartAsync(provider, postgres);
        await PublishDefinitionsAsync(host.Services);
        var publish = new Publisher(host.Services);

        // Start-up work (the recipe's 108 items being indexed by Search) must not be measured as engine time.
        await Task.Delay(TimeSpan.FromSeconds(15));

        // Warm-up: JIT (tiered compilation needs a few thousand calls), caches, connection pools.
        await publish.StartManyAsync(BenchDefinitions.TaskForm, "warmup-task", WarmupStarts, 1);
        await publish.StartManyAsync(BenchDefinitions.WaitForm, "warmup-wait", 50, 1);
        await publish.ResumeAsync("warmup-wait", 50);

        // Floor: an event no definition starts on (recorded once, nothing else).
        var cpu = Cpu();
        var floor = await publish.StartManyAsync("bench-none", "none", 500, 1, expectStarted: 0);
        Line(provider, $"publish_without_match events=500 seconds={floor.TotalSeconds:0.00} events_per_s={500 / floor.TotalSeconds:0} host_cpu_ms_per_event={(Cpu() - cpu) / 500:0.00}");
        cpu = Cpu();
        var sequential = await publish.StartManyAsync(BenchDefinitions.TaskForm, "seq", starts, 1);
        Line(provider, $"start_to_user_task publishers=1 instances={starts} seconds={sequential.TotalSeconds:0.00} instances_per_s={starts / sequential.TotalSeconds:0} host_cpu_ms_per_instance={(Cpu() - cpu) / starts:0.00}");
        cpu = Cpu();
        var concurrent = await publish.StartManyAsync(BenchDefinitions.TaskForm, "par", starts, publishers);
        Line(provider, $"start_to_user_task publishers={publishers} instances={starts} seconds={concurrent.TotalSeconds:0.00} instances_per_s={starts / concurrent.TotalSeconds:0} host_cpu_ms_per_instance={(Cpu() - cpu) / starts:0.00}");
        var openTasks = await CountOpenTasksAsync(host.Services);
        Line(provider, $"open_user_tasks={openTasks} expected={WarmupStarts + (2 * starts)}");

        var setup = await publish.StartManyAsync(BenchDefinitions.WaitForm, "wait", waiting, publishers);
        Line(provider, $"waiting_instances={waiting} setup_seconds={setup.TotalSeconds:0.0} instances_per_s={waiting / setup.TotalSeconds:0}");
        cpu = Cpu();
        var latencies = await publish.ResumeAsync("wait", resumes, waiting);
        var resumeCpu = (Cpu() - cpu) / resumes;
        latencies.Sort();
        double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        Line(provider, $"resume_by_business_key waiting={waiting} resumed={resumes} p50_ms={P(0.50):0.00} p90_ms={P(0.90):0.00} p99_ms={P(0.99):0.00} max_ms={latencies[^1]:0.00} host_cpu_ms_per_resume={resumeCpu:0.00}");

        var rate = starts / sequential.TotalSeconds;
        var rateConcurrent = starts / concurrent.TotalSeconds;
        Console.WriteLine(string.Create(Invariant, $"TARGET {provider} start-to-user-task: {rate:0} instances/s with 1 publisher ({Verdict(rate >= 500)} >= 500), {rateConcurrent:0} with {publishers}{(provider == "Sqlite" ? "" : " (the 500/s goal is for SQLite)")}"));
        Console.WriteLine(string.Create(Invariant, $"TARGET {provider} resume with {waiting} waiting: p50 {P(0.50):0.00} ms, p99 {P(0.99):0.00} ms ({Verdict(P(0.99) < 20)} < 20 ms), n={resumes}"));
        return openTasks == 200 + (2 * starts) ? 0 : 1;
    }

    /// <summary>CPU time of this process (host and publishers), less noisy than wall time on a shared machine.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static string Verdict(bool pass) => pass ? "PASS" : "MISS";

    private static void Line(string provider, FormattableString text) =>
        Console.WriteLine($"WORKFLOWS provider={provider} " + text.ToString(Invariant));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task PublishDefinitionsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        foreach (var (name, xml) in new[] { ("bench-task", BenchDefinitions.StartToTask), ("bench-wait", BenchDefinitions.WaitForReply) })
        {
            var result = await store.ImportAsync(name, name, name, xml, user: null, publish: true);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Bench definition {name} refused: {string.Join("; ", result.Problems)} {result.Error?.En}");
            }
        }
    }

    private static async Task<int> CountOpenTasksAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Tasks.CountAsync(t => t.Status == WorkflowTaskStatus.Open);
    }

    /// <summary>Publishes events as a request would: one DI scope (and unit of work) per event.</summary>
    private sealed class Publisher(IServiceProvider services)
    {
        public async Task<TimeSpan> StartManyAsync(string formName, string prefix, int count, int parallelism, int expectStarted = 1)
        {
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    var key = $"{prefix}:{i}";
                    var data = new Dictionary<string, string?> { ["formName"] = formName, ["receiptNumber"] = key, ["field.subject"] = "ベンチマーク" };
                    var result = await PublishAsync(new WorkflowEvent("FormSubmitted", key, "start:" + key, data));
                    if (result.StartedInstances.Count != expectStarted)
                    {
                        throw new InvalidOperationException($"Event {key} started {result.StartedInstances.Count} instances.");
                    }
                }
            })));
            return clock.Elapsed;
        }

        /// <summary>Resumes <paramref name="count"/> distinct instances among the first <paramref name="of"/>, in random order.</summary>
        public async Task<List<double>> ResumeAsync(string prefix, int count, int? of = null)
        {
            var keys = Enumerable.Range(0, of ?? count).OrderBy(_ => Random.Shared.Next()).Take(count).ToList();
            var latencies = new List<double>(count);
            foreach (var i in keys)
            {
                var key = $"{prefix}:{i}";
                var started = Stopwatch.GetTimestamp();
                var result = await PublishAsync(new WorkflowEvent(BenchDefinitions.ReplyEvent, key, "reply:" + key, new Dictionary<string, string?>()));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (result.ResumedInstances.Count != 1)
                {
                    throw new InvalidOperationException($"Reply {key} resumed {result.ResumedInstances.Count} instances.");
                }
            }

            return latencies;
        }

        private async Task<WorkflowEventResult> PublishAsync(WorkflowEvent workflowEvent)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IWorkflowEventPublisher>().PublishAsync(workflowEvent);
        }
    }
}

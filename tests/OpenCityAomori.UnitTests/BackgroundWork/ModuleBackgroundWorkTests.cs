using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.BackgroundWork;

public sealed class ModuleBackgroundWorkTests : IDisposable
{
    private readonly TestFeatures features = new();
    private readonly ServiceProvider provider = new ServiceCollection().AddScoped<ScopeMarker>().BuildServiceProvider();

    [Fact]
    public async Task No_tick_runs_while_the_module_is_disabled_and_ticks_resume_once_it_is_enabled()
    {
        features.Disable(typeof(TestWork).Assembly);
        using var work = new TestWork(provider, features, (_, _, _) => Task.CompletedTask);
        await work.StartAsync(CancellationToken.None);
        await Task.Delay(TestWork.Period * 20);
        Assert.Equal(0, work.Ticks);

        features.Enable(typeof(TestWork).Assembly);
        await EventuallyAsync(() => work.Ticks >= 2);
        await work.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_tick_does_not_stop_the_loop()
    {
        using var work = new TestWork(provider, features, (_, tick, _) => tick <= 2 ? throw new InvalidOperationException("database away") : Task.CompletedTask);
        await work.StartAsync(CancellationToken.None);

        await EventuallyAsync(() => work.Ticks >= 4);
        Assert.False(work.ExecuteTask!.IsCompleted);
        await work.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_cancels_the_running_tick_and_waits_until_it_has_ended()
    {
        var ended = false;
        using var work = new TestWork(provider, features, async (_, _, cancellationToken) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                await Task.Delay(50, CancellationToken.None);
                ended = true;
            }
        });
        await work.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => work.Ticks >= 1);

        await work.StopAsync(CancellationToken.None);

        Assert.True(ended);
        Assert.True(work.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Every_tick_runs_in_a_fresh_scope()
    {
        var markers = new List<ScopeMarker>();
        using var work = new TestWork(provider, features, (services, _, _) =>
        {
            lock (markers)
            {
                markers.Add(services.GetRequiredService<ScopeMarker>());
            }

            return Task.CompletedTask;
        });
        await work.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => work.Ticks >= 3);
        await work.StopAsync(CancellationToken.None);

        lock (markers)
        {
            Assert.Equal(markers.Count, markers.Distinct().Count());
            Assert.All(markers, m => Assert.True(m.Disposed));
        }
    }

    public void Dispose() => provider.Dispose();

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the loop did not get there in time");
            await Task.Delay(10);
        }
    }

    private sealed class ScopeMarker : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class TestWork(IServiceProvider services, IFeatureManager features, Func<IServiceProvider, int, CancellationToken, Task> tick)
        : ModuleBackgroundWork(services.GetRequiredService<IServiceScopeFactory>(), features, TimeProvider.System, NullLogger.Instance)
    {
        public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        protected override TimeSpan Interval => Period;

        protected override bool RunsAtStart => true;

        protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            tick(services, Interlocked.Increment(ref _ticks), cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenCityAomori.Core.Modules;

/// <summary>
/// Periodic work of a module. The loop owns the rhythm (<see cref="Interval"/> between tick starts), the
/// module gate (no tick while the module that contains the derived type is disabled; what fell due
/// meanwhile is picked up by the first tick after re-enabling), a fresh service scope per tick,
/// cancellation at shutdown (the host awaits the running tick) and failures: a failing tick is logged
/// and the loop goes on, waiting longer after each further consecutive failure.
/// </summary>
public abstract class ModuleBackgroundWork(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger logger) : BackgroundService
{
    private const int MaxBackOffDoublings = 5;
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(1);

    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    /// <summary>The time from the start of one tick to the start of the next.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>True to run the first tick at start-up rather than one interval later.</summary>
    protected virtual bool RunsAtStart => false;

    protected virtual LogLevel FailureLogLevel => LogLevel.Warning;

    /// <summary>One tick of work, in its own service scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hosted services start one after another: give the thread back before the first tick.
        await Task.Yield();
        var failures = 0;
        var wait = RunsAtStart ? TimeSpan.Zero : Interval;
        while (await WaitAsync(wait, stoppingToken))
        {
            var started = clock.GetTimestamp();
            if (features.IsEnabled(GetType().Assembly))
            {
                failures = await TickAsync(failures, stoppingToken);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            wait = NextWait(failures) - clock.GetElapsedTime(started);
        }
    }

    private async Task<int> TickAsync(int failures, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(scope.ServiceProvider, stoppingToken);
            return 0;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be migrating or briefly unreachable; a later tick retries.
            logger.Log(FailureLogLevel, ex, "{Work} failed; it runs again in {Wait}", GetType().Name, NextWait(failures + 1));
            return failures + 1;
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            return failures;
        }
    }

    private TimeSpan NextWait(int failures)
    {
        if (failures <= 1)
        {
            return Interval;
        }

        var backOff = Interval * Math.Pow(2, Math.Min(failures - 1, MaxBackOffDoublings));
        return backOff < MaxBackOff ? backOff : TimeSpan.FromTicks(Math.Max(Interval.Ticks, MaxBackOff.Ticks));
    }

    private async Task<bool> WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }

            return !stoppingToken.IsCancellationRequested;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

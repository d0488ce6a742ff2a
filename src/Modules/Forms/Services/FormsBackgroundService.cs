using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Runs <see cref="FormsMaintenance"/> every few minutes while the module is enabled.</summary>
internal sealed class FormsBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, IOptions<FormsOptions> options, TimeProvider clock, ILogger<FormsBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.MaintenanceIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!features.IsEnabled(FormsModule.Id))
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var maintenance = scope.ServiceProvider.GetRequiredService<FormsMaintenance>();
                await maintenance.RetryEventsAsync(stoppingToken);
                await maintenance.DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Forms maintenance failed; it runs again in {Interval}", interval);
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Runs <see cref="FormsMaintenance"/> every few minutes while the module is enabled.</summary>
internal sealed class FormsBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, IOptions<FormsOptions> options, TimeProvider clock, ILogger<FormsBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.MaintenanceIntervalSeconds));

    protected override LogLevel FailureLogLevel => LogLevel.Error;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var maintenance = services.GetRequiredService<FormsMaintenance>();
        await maintenance.RetryEventsAsync(cancellationToken);
        await maintenance.DeleteExpiredAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>Every minute while the module is on: reminds owners of overdue checklist items and notices reports the proposers sent.</summary>
internal sealed class PilotSupportBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<PilotSupportBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<PilotReminders>().RemindOverdueAsync(cancellationToken);
        await services.GetRequiredService<PilotReportArrivals>().CheckAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Every 30 s while the module is on: review and renewal reminders that fell due (once per date, across nodes), then the
/// public items and proposal progress a request could not finish.
/// </summary>
internal sealed class PartnershipBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<PartnershipBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<AgreementReminders>().RemindDueAsync(cancellationToken);
        await services.GetRequiredService<AgreementStore>().RetryPendingAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Every 5 s while the module is on: publishes the events that failed or were left behind after their
/// commit, and reminds departments of 照会 past their deadline.
/// </summary>
internal sealed class ProposalsBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<ProposalsBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ProposalEventPublisher>().RetryAsync(cancellationToken);
        await services.GetRequiredService<ProposalOpinions>().RemindOverdueAsync(cancellationToken);
    }
}

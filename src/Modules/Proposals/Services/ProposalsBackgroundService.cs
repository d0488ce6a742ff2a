using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>Publishes the events that failed or were left behind after their commit (every 5 s while the module is on).</summary>
internal sealed class ProposalsBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<ProposalsBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ProposalEventPublisher>().RetryAsync(cancellationToken);
}

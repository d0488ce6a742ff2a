using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Every 5 s while the module is on: publishes the events that failed or were left behind after their
/// commit, and reminds departments of 照会 past their deadline. Once an hour (the first an hour after start, as
/// the other retention loops) it removes the personal data of closed proposals past their retention period.
/// </summary>
internal sealed class ProposalsBackgroundService(IServiceScopeFactory scopes, IFeatureManager features, TimeProvider clock, ILogger<ProposalsBackgroundService> logger)
    : ModuleBackgroundWork(scopes, features, clock, logger)
{
    private static readonly TimeSpan RetentionInterval = TimeSpan.FromHours(1);
    private DateTimeOffset? _retentionDue;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ProposalEventPublisher>().RetryAsync(cancellationToken);
        await services.GetRequiredService<ProposalOpinions>().RemindOverdueAsync(cancellationToken);
        _retentionDue ??= Clock.GetUtcNow() + RetentionInterval;
        if (Clock.GetUtcNow() >= _retentionDue)
        {
            // Due again in an hour even if this run fails: a failing retention must not hold up the events every 5 s.
            _retentionDue = Clock.GetUtcNow() + RetentionInterval;
            await services.GetRequiredService<ProposalRetention>().RemoveExpiredAsync(cancellationToken);
        }
    }
}

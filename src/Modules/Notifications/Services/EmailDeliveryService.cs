using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>
/// Every node polls the outbox every Email:PollSeconds and delivers what is due (claims keep nodes
/// apart); once an hour it also applies the retention of sent e-mails and read notifications.
/// </summary>
internal sealed class EmailDeliveryService(
    IServiceScopeFactory scopes,
    IFeatureManager features,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailDeliveryService> logger) : ModuleBackgroundWork(scopes, features, clock, logger)
{
    public static readonly TimeSpan RetentionInterval = TimeSpan.FromHours(1);

    private DateTime _nextRetentionUtc = DateTime.MinValue;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Clamp(options.CurrentValue.PollSeconds, 0.05, 3600));

    protected override bool RunsAtStart => true;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        int sent;
        do
        {
            sent = await services.GetRequiredService<EmailDispatcher>().DeliverDueAsync(cancellationToken);
        }
        while (sent >= Math.Max(1, options.CurrentValue.BatchSize));

        var now = Clock.GetUtcNow().UtcDateTime;
        if (now >= _nextRetentionUtc)
        {
            _nextRetentionUtc = now + RetentionInterval;
            var (emails, items) = await services.GetRequiredService<RetentionCleaner>().RunAsync(now, cancellationToken);
            if (emails + items > 0)
            {
                Logger.LogInformation("Retention: deleted {Emails} sent e-mail(s) and {Items} read notification(s)", emails, items);
            }
        }
    }
}

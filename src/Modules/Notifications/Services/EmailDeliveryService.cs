using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    ILogger<EmailDeliveryService> logger) : BackgroundService
{
    public static readonly TimeSpan RetentionInterval = TimeSpan.FromHours(1);

    private DateTime _nextRetentionUtc = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Clamp(options.CurrentValue.PollSeconds, 0.05, 3600));
        using var timer = new PeriodicTimer(poll, clock);
        do
        {
            if (!features.IsEnabled(NotificationsModule.Id))
            {
                continue;
            }

            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the next tick tries again.
                logger.LogWarning(ex, "E-mail delivery round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        int sent;
        do
        {
            sent = await scope.ServiceProvider.GetRequiredService<EmailDispatcher>().DeliverDueAsync(cancellationToken);
        }
        while (sent >= Math.Max(1, options.CurrentValue.BatchSize));

        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= _nextRetentionUtc)
        {
            _nextRetentionUtc = now + RetentionInterval;
            var (emails, items) = await scope.ServiceProvider.GetRequiredService<RetentionCleaner>().RunAsync(now, cancellationToken);
            if (emails + items > 0)
            {
                logger.LogInformation("Retention: deleted {Emails} sent e-mail(s) and {Items} read notification(s)", emails, items);
            }
        }
    }
}

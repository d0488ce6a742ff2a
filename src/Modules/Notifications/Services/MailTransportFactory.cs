using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>
/// Chooses the transport from the settings: Email:PickupDirectory when set, else SMTP when
/// Email:Smtp:Host is set, else (development, nothing configured) App_Data/mail under the content root.
/// </summary>
internal sealed class MailTransportFactory(IOptionsMonitor<EmailOptions> options, IHostEnvironment environment, ILogger<MailTransportFactory> logger)
{
    private string? _announced;

    public IMailTransport Create()
    {
        var current = options.CurrentValue;
        IMailTransport transport;
        if (!string.IsNullOrWhiteSpace(current.PickupDirectory))
        {
            transport = new PickupDirectoryTransport(Path.GetFullPath(current.PickupDirectory, environment.ContentRootPath));
        }
        else if (!string.IsNullOrWhiteSpace(current.Smtp.Host))
        {
            transport = new SmtpMailTransport(current.Smtp);
        }
        else
        {
            transport = new PickupDirectoryTransport(Path.Combine(environment.ContentRootPath, "App_Data", "mail"));
        }

        var description = transport.Describe();
        if (!string.Equals(Interlocked.Exchange(ref _announced, description), description, StringComparison.Ordinal))
        {
            if (transport is PickupDirectoryTransport && string.IsNullOrWhiteSpace(current.PickupDirectory))
            {
                logger.LogWarning("Email:Smtp:Host is not set: e-mails are written to {Directory} instead of being sent", ((PickupDirectoryTransport)transport).Directory);
            }
            else
            {
                logger.LogInformation("E-mail delivery: {Transport}", description);
            }
        }

        return transport;
    }
}

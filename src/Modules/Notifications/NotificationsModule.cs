using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Services;

namespace OpenCityAomori.Modules.Notifications;

/// <summary>E-mail outbox with background delivery (SMTP or a pickup folder) and in-app notifications for staff.</summary>
public sealed class NotificationsModule : ModuleBase
{
    public const string Id = "Notifications";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("通知", "Notifications"),
        new("メールの送信（再試行つき）と職員へのお知らせ。", "E-mail delivery with retries, and notifications for staff."),
        "Workflow",
        []);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(Id);
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));
        services.AddSingleton<MailTransportFactory>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<EmailDispatcher>();
        services.AddScoped<RetentionCleaner>();
        services.AddHostedService<EmailDeliveryService>();
        services.AddSingleton<IWorkflowActivity, SendEmailActivity>();
        services.AddSingleton<IWorkflowActivity, NotifyActivity>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;

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
    }
}

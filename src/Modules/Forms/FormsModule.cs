using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Forms;

/// <summary>Forms editors define in the admin, served to the public and stored before they are acknowledged.</summary>
public sealed class FormsModule : ModuleBase
{
    public const string Id = "Forms";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("フォーム", "Forms"),
        new("お問い合わせなどのフォームを作成し、送信内容を管理します。", "Build forms such as the contact form and manage what is submitted."),
        "Workflow",
        ["Notifications"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}

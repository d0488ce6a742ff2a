using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal;

/// <summary>The public portal: home page and the guide pages, in Japanese and English.</summary>
public sealed class PortalModule : ModuleBase
{
    public const string Id = "Portal";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("ポータル", "Portal"),
        new("公開サイトのトップページと案内ページ。", "The public home page and guide pages."),
        "Content",
        ["Contents"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IPublicNavigationProvider, GuideNavigation>();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.Modules.Contents;

/// <summary>The content kernel: pages with Markdown bodies, drafts and publication, per culture.</summary>
public sealed class ContentsModule : ModuleBase
{
    public const string Id = "Contents";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("コンテンツ", "Contents"),
        new("ページなどのコンテンツを編集・公開します。", "Edit and publish pages and other content."),
        "Content",
        []);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ContentsDbContext>(Id);
        services.AddMemoryCache();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PageStore>();
        services.AddScoped<IPageQuery, PageQuery>();
        services.AddScoped<IRecipeStep, PagesRecipeStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

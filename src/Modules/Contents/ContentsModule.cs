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
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents;

/// <summary>The content kernel: typed items declared by modules, drafts, versions, publication and scheduling, per culture.</summary>
public sealed class ContentsModule : ModuleBase
{
    public const string Id = "Contents";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("コンテンツ", "Contents"),
        new("ページ・お知らせ・連携事例などのコンテンツを編集・公開します。", "Edit and publish pages, news, case studies and other content."),
        "Content",
        []);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ContentsDbContext>(Id);
        services.AddMemoryCache();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentHtmlRenderer>();
        services.AddSingleton<ContentCache>();
        services.AddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<IContentQuery, ContentQuery>();
        services.AddScoped<IContentIndexingSource, ContentIndexingSource>();
        services.AddScoped<DepartmentFields>();
        services.AddScoped<DepartmentDrafts>();
        services.AddScoped<ContentManager>();
        services.AddScoped<IContentDrafts, ContentDraftsGateway>();
        services.AddScoped<ContentItemValidator>();
        services.AddScoped<ContentEditorService>();
        services.AddScoped<IRecipeStep, ContentRecipeStep>();
        services.AddScoped<IStartupTask, DepartmentCodeFill>();
        services.AddHostedService<ContentScheduler>();
        services.AddHostedService<ContentChangePoller>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Modules.Portal.Endpoints;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal;

/// <summary>
/// The public portal: the content types it publishes (pages, news, case studies, challenges, FAQ,
/// collaboration methods) and the types other modules declare with a public list, their pages in Japanese and
/// English, feeds, sitemap and open data; case-study drafts from other modules' records.
/// </summary>
public sealed class PortalModule : ModuleBase
{
    public const string Id = "Portal";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("ポータル", "Portal"),
        new("公開サイト：案内ページ、お知らせ、連携事例、行政課題、よくある質問、連携手法、ほかのモジュールが公開する一覧（協定、実証実験など）、フィード、オープンデータ。",
            "The public site: guide pages, news, case studies, challenges, FAQ, collaboration methods, the lists other modules publish (agreements, pilots…), feeds and open data."),
        "Content",
        ["Contents"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeProvider, PortalContentTypes>();
        services.AddScoped<PortalContent>();
        services.AddScoped<DepartmentNames>();
        services.AddSingleton<SitePaths>();
        services.AddScoped<DeclaredLists>();
        services.AddScoped<ICaseStudySheets, CaseStudySheets>();
        services.AddScoped<IPublicNavigationProvider, PortalNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OpenDataEndpoints.Map(endpoints);
        ContentOpenDataEndpoints.Map(endpoints);
    }
}

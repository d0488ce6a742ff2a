using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Search.Api;
using OpenCityAomori.Modules.Search.Indexing;
using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search;

/// <summary>Full-text search (Lucene.Net) over published content, kept in sync from the indexing-task table.</summary>
public sealed class SearchModule : ModuleBase
{
    public const string Id = "Search";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("検索", "Search"),
        new("公開コンテンツを日本語・英語で検索します。", "Search published content in Japanese and English."),
        "Content",
        ["Contents"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<SearchOptions>, SearchOptionsSetup>();
        services.AddSingleton(sp => new SearchIndexManager(
            sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath!,
            sp.GetRequiredService<ILogger<SearchIndexManager>>()));
        services.AddSingleton<SearchRebuilder>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchPageBuilder>();
        services.AddHostedService<SearchSyncService>();
        services.AddRateLimiter(SearchApi.AddRateLimit);
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, PublicNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SearchApi.Map(endpoints);
}

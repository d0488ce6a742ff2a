using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;

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
    }
}

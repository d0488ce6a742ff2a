using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Media;

/// <summary>The media library: checked uploads of images and PDFs, with alt text, used by content fields.</summary>
public sealed class MediaModule : ModuleBase
{
    public const string Id = "Media";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("メディア", "Media"),
        new("画像やPDFをアップロードし、コンテンツで使います。", "Upload images and PDFs for use in content."),
        "Content",
        []);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}

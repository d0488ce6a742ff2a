using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Services;

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
        services.AddModuleDbContext<MediaDbContext>(Id);
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.SectionName));
        services.AddScoped<MediaStore>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

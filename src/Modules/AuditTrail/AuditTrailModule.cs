using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.AuditTrail.Services;

namespace OpenCityAomori.Modules.AuditTrail;

/// <summary>The audit trail: every admin change with who, when, what, before and after.</summary>
public sealed class AuditTrailModule : ModuleBase
{
    public const string Id = "AuditTrail";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("監査証跡", "Audit trail"),
        new("管理操作による変更をすべて記録します。", "Records every change made through the admin."),
        "Security",
        [],
        AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditTrailDbContext>(Id);
        services.AddScoped<IAuditTrail, DatabaseAuditTrail>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Services;

namespace OpenCityAomori.Modules.Admin;

/// <summary>The admin shell: dashboard, modules (features) and site settings.</summary>
public sealed class AdminModule : ModuleBase
{
    public const string Id = "Admin";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("管理画面", "Admin"),
        new("ダッシュボード、モジュール管理、サイト設定、業務日カレンダー。", "Dashboard, modules, site settings and the business calendar."),
        "Infrastructure",
        ["Users", "AuditTrail"],
        AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AdminDbContext>(Id);
        services.AddMemoryCache();
        services.AddScoped<ISiteSettingsService, SiteSettingsService>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();
        services.AddScoped<IRecipeStep, BusinessCalendarRecipeStep>();
        services.AddScoped<BusinessCalendar>();
        services.AddScoped<IBusinessCalendar>(sp => sp.GetRequiredService<BusinessCalendar>());
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

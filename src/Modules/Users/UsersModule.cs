using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;
using OpenCityAomori.Modules.Users.Services;

namespace OpenCityAomori.Modules.Users;

/// <summary>Identity: log in and out, users, roles and their permissions, departments.</summary>
public sealed class UsersModule : ModuleBase
{
    public const string Id = "Users";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("ユーザーと権限", "Users and permissions"),
        new("ログイン、ユーザー、ロール、権限、部署。", "Log in, users, roles, permissions and departments."),
        "Security",
        [],
        AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<UsersDbContext>(Id);
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<OcaUserClaimsPrincipalFactory>()
            .AddErrorDescriber<BilingualIdentityErrorDescriber>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = ".oca.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddMemoryCache();
        services.AddScoped<IRolePermissionStore, RolePermissionStore>();
        services.AddScoped<AdministratorAccounts>();
        services.AddScoped<OpenCityAomori.Core.Directory.IUserDirectory, UserDirectory>();
        services.AddScoped<IStartupTask, UsersStartupTask>();
        services.AddScoped<IRecipeStep, DepartmentsRecipeStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}

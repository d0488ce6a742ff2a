using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Web.Localization;
using OpenCityAomori.Web.Operations;
using OpenCityAomori.Web.Recipes;
using OpenCityAomori.Web.Security;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.Web.Hosting;

internal static class HostServiceCollectionExtensions
{
    public const string LoginRateLimit = "login";

    /// <summary>Registers the host's infrastructure and every module of the catalog.</summary>
    public static WebApplicationBuilder AddOcaHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DatabaseOptions>(o => ConfigureDatabase(o, builder.Configuration, builder.Environment));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        // Japanese text is written as characters, not numeric entities; HTML-special characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddTransient<AuditSaveChangesInterceptor>();
        services.AddScoped<AmbientTransaction>();
        services.AddHostedService<SqliteWalCheckpointer>();
        services.AddModuleDbContext<ShellDbContext>(ShellDbContext.ModuleId);
        services.AddSingleton<FeatureManager>();
        services.AddSingleton<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddSingleton<IModuleOwnership>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddScoped(typeof(IModuleCapability<>), typeof(ModuleCapability<>));
        services.AddSingleton<IPermissionRegistry, PermissionRegistry>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<PermissionAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler>(sp => sp.GetRequiredService<PermissionAuthorizationHandler>());
        services.AddScoped<IPermissionChecker>(sp => sp.GetRequiredService<PermissionAuthorizationHandler>());
        services.AddScoped<IAdminMenu, AdminMenuService>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<HostInitializer>();
        services.AddScoped<Core.Recipes.IRecipeStep, FeaturesRecipeStep>();

        services.AddDataProtection().SetApplicationName("OpenCityAomori").PersistKeysToDbContext<ShellDbContext>();
        services.AddHealthChecks().AddDbContextCheck<ShellDbContext>("database");
        services.AddOpenApi("v1", o =>
        {
            // The document describes the public open-data API only, not the HTML pages.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Open City Aomori open data API";
                doc.Info.Description = "Read-only access to published case studies, challenges and search (JSON, CSV).";
                return Task.CompletedTask;
            });
        });
        services.AddOutputCache(o => o.AddPolicy(PublicCache.PolicyName, b => b.Expire(TimeSpan.FromSeconds(60)).Tag(PublicCache.Tag)));
        // Log-in posts per client address and minute (configurable so that a shared test site can sign many staff in).
        var loginPermits = Math.Max(1, builder.Configuration.GetValue("Security:LoginPermitLimit", 20));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPermits, Window = TimeSpan.FromMinutes(1) }));
        });
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Cultures.Japanese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new OcaRequestCultureProvider()];
        });

        var mvc = services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            BilingualModelBindingMessages.Apply(o.ModelBindingMessageProvider);
        });
        mvc.AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        var moduleAssemblies = ModuleCatalog.All.Select(m => m.GetType().Assembly).ToHashSet();
        mvc.ConfigureApplicationPartManager(m => m.FeatureProviders.Add(new ModuleControllerFeatureProvider(moduleAssemblies)));
        foreach (var module in ModuleCatalog.All)
        {
            mvc.AddApplicationPart(module.GetType().Assembly);
            module.ConfigureServices(services, builder.Configuration);
        }

        builder.AddOcaTelemetry();
        return builder;
    }

    private static void ConfigureDatabase(DatabaseOptions options, IConfiguration configuration, IWebHostEnvironment environment)
    {
        configuration.GetSection(DatabaseOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            options.ConnectionString = configuration.GetConnectionString(options.Provider.ToString());
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString) && options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            options.ConnectionString = $"Data Source={Path.Combine(folder, "oca.db")}";
        }
    }
}

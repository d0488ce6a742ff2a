using Microsoft.AspNetCore.HttpOverrides;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Web.Operations;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.Web.Hosting;

internal static class HostApplicationExtensions
{
    public static async Task InitializeOcaAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>The request pipeline; the order matters (see docs/architecture.md).</summary>
    public static WebApplication UseOcaHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Https:Redirect", false))
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<ModuleGateMiddleware>();
        app.UseOcaRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapControllers();
        foreach (var module in ModuleCatalog.All)
        {
            var group = app.MapGroup(string.Empty).WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id));
            module.MapEndpoints(group);
        }

        return app;
    }
}

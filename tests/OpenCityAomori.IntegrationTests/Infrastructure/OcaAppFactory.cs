using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>The real host on a throwaway database, with the Aomori recipe and a known administrator.</summary>
public sealed class OcaAppFactory(TestDatabase database, bool createAdministrator = true, string recipe = "aomori")
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.jp";
    public const string AdminPassword = "Aomori2026pass";

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Setup:Recipe", recipe);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (createAdministrator)
        {
            builder.UseSetting("OCA_ADMIN_EMAIL", AdminEmail);
            builder.UseSetting("OCA_ADMIN_PASSWORD", AdminPassword);
            builder.UseSetting("OCA_ADMIN_NAME", "管理者テスト");
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a throwaway database, with the Aomori recipe and a known administrator. Each factory
/// keeps its search index in its own temporary folder (removed on dispose), so hosts never share one;
/// <paramref name="settings"/> adds or overrides configuration (e.g. "Search:SyncIntervalMilliseconds") and
/// <paramref name="testServices"/> replaces services. Tests configure this one factory rather than deriving
/// one with WithWebHostBuilder: a derived factory shares the parent's index folder, and two started
/// hosts on one folder fight over the index.
/// </summary>
public sealed class OcaAppFactory(
    TestDatabase database,
    bool createAdministrator = true,
    string recipe = "aomori",
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.jp";
    public const string AdminPassword = "Aomori2026pass";

    public TestDatabase Database { get; } = database;

    /// <summary>This host's search index folder.</summary>
    public string SearchIndexPath { get; } = settings?.GetValueOrDefault("Search:IndexPath")
        ?? Path.Combine(Path.GetTempPath(), $"oca-search-{database.Name}-{Guid.NewGuid():N}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Removing a temporary folder is tidying, not what a test checks: a file still held open
        // (e.g. by a background merge finishing) gets a few tries, then the folder is left.
        for (var attempt = 1; Directory.Exists(SearchIndexPath); attempt++)
        {
            try
            {
                Directory.Delete(SearchIndexPath, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(200);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Setup:Recipe", recipe);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Search:IndexPath", SearchIndexPath);
        if (createAdministrator)
        {
            builder.UseSetting("OCA_ADMIN_EMAIL", AdminEmail);
            builder.UseSetting("OCA_ADMIN_PASSWORD", AdminPassword);
            builder.UseSetting("OCA_ADMIN_NAME", "管理者テスト");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        // The real hasher with fewer rounds: at the default 100,000 each of the suite's few hundred log-ins cost
        // about 0.1 s of CPU. Hashes record their round count, so every database these hosts create agrees.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, as the tests expect.</summary>
    public StaffClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<StaffClient> AdminClientAsync()
    {
        var client = NewClient();
        await client.LoginAsync(AdminEmail, AdminPassword);
        return client;
    }
}

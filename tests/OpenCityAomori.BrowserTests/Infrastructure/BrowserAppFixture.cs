using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace OpenCityAomori.BrowserTests.Infrastructure;

/// <summary>The real host on Kestrel (a free loopback port) over a throwaway SQLite file, with the Aomori recipe and a known administrator.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.jp";
    public const string AdminPassword = "Aomori2026pass";

    private readonly string _connectionString;

    public KestrelAppFactory(string databaseFile)
    {
        _connectionString = $"Data Source={databaseFile}";
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Setup:Recipe", "aomori");
        builder.UseSetting("OCA_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("OCA_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("OCA_ADMIN_NAME", "管理者テスト");
    }
}

/// <summary>
/// One app and one headless Chromium shared by every browser test. Chromium is the system one
/// (OCA_CHROMIUM or /usr/bin/chromium): Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"oca_browser_{Guid.NewGuid():N}.db");
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private KestrelAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _adminState;

    /// <summary>The app's address, e.g. http://127.0.0.1:41234, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _factory = new KestrelAppFactory(_databaseFile);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OCA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page in its own context (own cookies), in Japanese, aimed at the app.</summary>
    public async Task<IPage> NewPageAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
        // Generous: CI shares two cores between the server, Chromium and the test runner.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page whose context is logged in as the administrator (the log-in is done once and its cookies reused).</summary>
    public async Task<IPage> NewAdminPageAsync()
    {
        await _loginLock.WaitAsync();
        try
        {
            if (_adminState is null)
            {
                _adminState = await AdminSessionAsync();
            }
        }
        finally
        {
            _loginLock.Release();
        }

        return await NewPageAsync(_adminState);
    }

    /// <summary>
    /// Logs the administrator in once for the admin-page tests. Logging in itself is tested without
    /// help in StaffTests; here one unexplained miss seen in CI (a log-in that stayed off /admin) is
    /// reported with the page it landed on and tried once more, so the tests that only need a
    /// session are not lost to it.
    /// </summary>
    private async Task<string> AdminSessionAsync()
    {
        string? firstMiss = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var page = await NewPageAsync();
            try
            {
                await LogInAsync(page, AdminEmail, AdminPassword);
                await page.WaitForURLAsync("**/admin", new() { Timeout = 20_000 });
                return await page.Context.StorageStateAsync();
            }
            catch (TimeoutException) when (attempt == 1)
            {
                firstMiss = page.Url + ": " + string.Join(" / ", await page.Locator("h1, #error-summary").AllInnerTextsAsync());
                await Console.Error.WriteLineAsync("Admin log-in for the shared session missed /admin, retrying once. Landed on " + firstMiss);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        throw new InvalidOperationException("The administrator could not log in twice. First miss: " + firstMiss);
    }

    public static string AdminEmail => KestrelAppFactory.AdminEmail;

    public static string AdminPassword => KestrelAppFactory.AdminPassword;

    /// <summary>Fills the log-in form as a person would, finding the fields by their labels.</summary>
    public static async Task LogInAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/account/login");
        }

        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _loginLock.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}

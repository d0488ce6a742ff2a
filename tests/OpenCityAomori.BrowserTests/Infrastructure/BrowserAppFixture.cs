using System.Net;
using System.Text.RegularExpressions;
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
public sealed partial class BrowserAppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"oca_browser_{Guid.NewGuid():N}.db");
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private KestrelAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _adminState;
    private SharedTab? _visitorTab;
    private SharedTab? _adminTab;

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

    /// <summary>The visitor's (not logged in) kept tab, for tests that only look at pages: see <see cref="SharedTab"/>.</summary>
    public Task<TabLease> VisitorTabAsync() => (_visitorTab ??= new SharedTab(() => NewPageAsync())).LeaseAsync();

    /// <summary>The administrator's kept tab, for tests that only look at pages: see <see cref="SharedTab"/>.</summary>
    public Task<TabLease> AdminTabAsync() => (_adminTab ??= new SharedTab(NewAdminPageAsync)).LeaseAsync();

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
    /// Logs the administrator in once for the admin-page tests, by the log-in request alone: the
    /// session needs the cookie, not a rendered dashboard. It used to wait up to 20 s for a browser
    /// to render the cold /admin page, and that wait is where CI's misses were seen on two shared
    /// cores. Logging in through the form is tested in StaffTests.
    /// </summary>
    private async Task<string> AdminSessionAsync()
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        var loginPage = await context.APIRequest.GetAsync("/account/login");
        var token = TokenPattern().Match(await loginPage.TextAsync());
        if (!token.Success)
        {
            throw new InvalidOperationException($"The log-in page answered {loginPage.Status} without an antiforgery token.");
        }

        var form = context.APIRequest.CreateFormData();
        form.Set("Email", AdminEmail);
        form.Set("Password", AdminPassword);
        form.Set("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value));
        var response = await context.APIRequest.PostAsync("/account/login", new() { Form = form, MaxRedirects = 0 });
        var location = response.Headers.GetValueOrDefault("location");
        if (response.Status != 302 || location != "/admin")
        {
            throw new InvalidOperationException($"The administrator's log-in answered {response.Status} {location}: {await response.TextAsync()}");
        }

        return await context.StorageStateAsync();
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
        foreach (var tab in new[] { _visitorTab, _adminTab })
        {
            if (tab is not null)
            {
                await tab.DisposeAsync();
            }
        }

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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}

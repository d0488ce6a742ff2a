using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// Log-in, log-out and setup. Tests that change nothing of the administrator's share a host per provider;
/// locking the account, changing its password and the first run start their own.
/// </summary>
public sealed class AccountTests(SharedSiteHosts hosts) : IClassFixture<SharedSiteHosts>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_from_the_admin()
    {
        // Routing and the authentication challenge do not touch the database: one provider is enough.
        const string provider = "Sqlite";
        var host = await hosts.ForAsync(provider);

        using var response = await host.NewClient().Http.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Administrator_logs_in_sees_the_dashboard_and_logs_out(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = await host.AdminClientAsync();

        var dashboard = await client.GetStringAsync("/admin");
        Assert.Contains("ダッシュボード", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/features\"", dashboard, StringComparison.Ordinal);

        using var logout = await client.PostFormAsync("/admin", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var again = await client.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_password_is_refused_in_Japanese_and_five_failures_lock_the_account(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = host.NewClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await client.PostFormAsync("/account/login", "/account/login", [new("Email", OcaAppFactory.AdminEmail), new("Password", "wrong-password-1")]);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            var html = await failed.Content.ReadAsStringAsync();
            Assert.Contains(attempt < 5 ? "メールアドレスまたはパスワードが正しくありません" : "ロックしました", html, StringComparison.Ordinal);
        }

        using var locked = await client.PostFormAsync("/account/login", "/account/login", [new("Email", OcaAppFactory.AdminEmail), new("Password", OcaAppFactory.AdminPassword)]);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("ロックしました", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_form_without_its_antiforgery_token_is_rejected()
    {
        // Nothing here depends on the database, so one provider is enough.
        const string provider = "Sqlite";
        var host = await hosts.ForAsync(provider);
        using var content = new FormUrlEncodedContent([new("Email", OcaAppFactory.AdminEmail), new("Password", OcaAppFactory.AdminPassword)]);

        using var response = await host.NewClient().Http.PostAsync("/account/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task First_run_without_an_administrator_offers_setup_once(string provider)
    {
        await using var host = await TestHost.StartAsync(provider, createAdministrator: false);
        var client = host.NewClient();

        using var mismatch = await client.PostFormAsync("/setup", "/setup",
            [new("DisplayName", "青森 太郎"), new("Email", "taro@example.jp"), new("Password", "Aomori2026pass"), new("ConfirmPassword", "different1x")]);
        var mismatchHtml = await mismatch.Content.ReadAsStringAsync();
        Assert.Contains("確認用パスワードが一致しません", mismatchHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"ConfirmPassword-error\"", mismatchHtml, StringComparison.Ordinal);

        using var weak = await client.PostFormAsync("/setup", "/setup",
            [new("DisplayName", "青森 太郎"), new("Email", "taro@example.jp"), new("Password", "short"), new("ConfirmPassword", "short")]);
        Assert.Contains("10文字以上", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var created = await client.PostFormAsync("/setup", "/setup",
            [new("DisplayName", "青森 太郎"), new("Email", "taro@example.jp"), new("Password", "Aomori2026pass"), new("ConfirmPassword", "Aomori2026pass")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var closed = await client.Http.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        await client.LoginAsync("taro@example.jp", "Aomori2026pass");
        Assert.Contains("青森 太郎", await client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_user_changes_their_password_and_the_old_one_stops_working(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = await host.AdminClientAsync();

        using var changed = await client.PostFormAsync("/account/change-password", "/account/change-password",
            [new("CurrentPassword", OcaAppFactory.AdminPassword), new("NewPassword", "Brand2new2026"), new("ConfirmPassword", "Brand2new2026")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var fresh = host.NewClient();
        using var old = await fresh.PostFormAsync("/account/login", "/account/login", [new("Email", OcaAppFactory.AdminEmail), new("Password", OcaAppFactory.AdminPassword)]);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await fresh.LoginAsync(OcaAppFactory.AdminEmail, "Brand2new2026");
    }
}

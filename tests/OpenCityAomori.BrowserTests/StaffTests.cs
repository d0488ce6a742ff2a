using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>Staff logging in and out and using the admin screens, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Staff_is_sent_to_log_in_reaches_the_dashboard_and_can_log_out()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;

        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Fadmin$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("職員ログイン");

        await page.GetByLabel("メールアドレス").FillAsync(BrowserAppFixture.AdminEmail);
        await page.GetByLabel("パスワード").FillAsync(BrowserAppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/admin");
        await Expect(page.Locator("h1")).ToHaveTextAsync("ダッシュボード");
        await Expect(page.Locator("main")).ToContainTextAsync("ようこそ、管理者テスト さん。");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "管理メニュー" });
        foreach (var item in new[] { "ユーザー", "モジュール", "監査証跡" })
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = item, Exact = true })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(page.Locator("header.site-header .brand-desk")).ToHaveTextAsync("青森市公民連携デスク");
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Fadmin$"));
    }

    [Fact]
    public async Task Wrong_password_shows_a_focused_error_summary_and_field_errors_are_tied_to_their_inputs()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;

        await BrowserAppFixture.LogInAsync(page, BrowserAppFixture.AdminEmail, "not-the-password-1");

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary).ToContainTextAsync("メールアドレスまたはパスワードが正しくありません。");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/account/login");
        await Expect(page.GetByLabel("メールアドレス")).ToHaveValueAsync(BrowserAppFixture.AdminEmail);

        // Leaving the password out gives an error on that field, announced with the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        var password = page.GetByLabel("パスワード");
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync("パスワードを入力してください。");
        var describedBy = await password.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), "The password field has no aria-describedby");
        await Expect(page.Locator($"#{describedBy!.Split(' ')[0]}")).ToHaveTextAsync("パスワードを入力してください。");
        await Expect(page.GetByLabel("メールアドレス")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        // The summary's link takes the keyboard user to the field.
        await page.Locator("#error-summary a").ClickAsync();
        await Expect(password).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Admin_switches_the_admin_screens_to_English_and_stays_on_the_same_page()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/admin/users?page=1");
        await Expect(page.Locator("h1")).ToHaveTextAsync("ユーザー");

        await page.Locator("header.admin-header").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/admin/users?page=1");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Users");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" })).ToBeVisibleAsync();

        await page.Locator("header.admin-header").GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/admin/users?page=1");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
    }
}

using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>axe-core finds no WCAG 2.x A or AA violation on the public site, the log-in page or the admin screens.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserAppFixture app)
{
    public static TheoryData<string> PublicPages => new()
    {
        "/", "/en",
        "/desk", "/about", "/principles", "/proposal-system", "/flows", "/other-methods", "/notice",
        "/en/desk",
        "/account/login",
    };

    public static TheoryData<string> AdminPages => new()
    {
        "/admin", "/admin/users", "/admin/users/create", "/admin/roles", "/admin/roles/Editor", "/admin/departments",
        "/admin/features", "/admin/settings", "/admin/audit", "/admin/contents/pages",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_axe_violations(string url)
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await AxeAssert.NoViolationsAsync(page, url);
    }

    [Fact]
    public async Task Not_found_page_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("ページが見つかりません");
        await AxeAssert.NoViolationsAsync(page, "the 404 page");
    }

    [Fact]
    public async Task Login_page_after_a_failed_submit_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".field-error")).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(page, "the log-in page with errors");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_page_has_no_axe_violations(string url)
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        Assert.Equal(app.BaseUrl + url, page.Url);
        await AxeAssert.NoViolationsAsync(page, url);
    }

    [Fact]
    public async Task Page_editor_for_an_existing_page_has_no_axe_violations()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/admin/contents/pages?culture=ja");

        await page.GetByRole(AriaRole.Link, new() { Name = "基本原則", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/contents/pages/[0-9a-f-]{36}$"));
        await Expect(page.Locator("form textarea")).Not.ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(page, "the page editor");
    }

    [Fact]
    public async Task Axe_check_fails_and_names_the_rule_when_a_page_has_a_violation()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/");

        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('img'))");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AxeAssert.NoViolationsAsync(page, "a page with an image without alt"));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<img>", failure.Message, StringComparison.Ordinal);
    }
}

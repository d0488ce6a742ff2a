using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>What a resident sees on the public site, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicSiteTests(BrowserAppFixture app)
{
    private static readonly string[] GuideSlugs = ["desk", "about", "principles", "proposal-system", "flows", "other-methods", "notice"];

    [Fact]
    public async Task Visitor_sees_the_Japanese_home_page_with_the_desk_contact_and_guide_menu()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("header.site-header .brand-desk")).ToHaveTextAsync("青森市公民連携デスク");
        var footer = page.Locator("footer.site-footer");
        await Expect(footer).ToContainTextAsync("〒030-8505");
        await Expect(footer).ToContainTextAsync("017-761-4154");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" });
        foreach (var slug in GuideSlugs)
        {
            await Expect(nav.Locator($"a[href='/{slug}']")).ToHaveCountAsync(1);
        }
    }

    [Fact]
    public async Task Language_switch_keeps_the_visitor_on_the_same_guide_page()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/principles");
        await Expect(page.Locator("h1")).ToHaveTextAsync("基本原則");

        await page.Locator("a.lang-switch").ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/en/principles");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Basic Principles");
        await Expect(page.Locator("a.lang-switch")).ToHaveTextAsync("日本語");

        await page.Locator("a.lang-switch").ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/principles");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("h1")).ToHaveTextAsync("基本原則");
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/desk");

        await page.Keyboard.PressAsync("Tab");

        var skip = page.Locator("a.skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToHaveTextAsync("本文へ移動");
        await Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }
}

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
        "/cases", "/cases?scheme=pilot", "/cases/aomori-lightblue-ai-pedestrian-count", "/cases/aomori-creema-nebuta-washi-upcycling",
        "/en/cases", "/en/cases/aomori-lightblue-ai-pedestrian-count",
        "/challenges", "/challenges/nebuta-washi-reuse", "/en/challenges/nebuta-washi-reuse",
        "/news", "/news/desk-opening", "/en/news",
        "/faq", "/en/faq", "/methods", "/methods/advertising", "/en/methods/advertising",
        "/partnerships", "/partnerships/agreement-1", "/partnerships/agreement-2", "/en/partnerships", "/en/partnerships/agreement-1",
        "/search", "/search?q=AI", "/search?q=%E3%81%82%E3%82%8A%E3%81%88%E3%81%AA%E3%81%84%E8%A8%80%E8%91%89xyz", "/en/search?q=experiment",
        "/account/login",
    };

    public static TheoryData<string> AdminPages => new()
    {
        "/admin", "/admin/users", "/admin/users/create", "/admin/roles", "/admin/roles/Editor", "/admin/departments",
        "/admin/features", "/admin/settings", "/admin/settings/calendar", "/admin/audit",
        "/admin/contents", "/admin/contents?type=CaseStudy&status=published", "/admin/contents/new/CaseStudy", "/admin/contents/new/Challenge",
        "/admin/contents/department-drafts", "/admin/contents/department-calls",
        "/admin/contents/types", "/admin/media", "/admin/media/upload", "/admin/search", "/admin/search?q=AI",
        "/admin/partnership/agreements", "/admin/partnership/agreements?status=InEffect", "/admin/partnership/agreements/new", "/admin/partnership/agreements/1", "/admin/partnership/agreements/2",
        "/admin/partnership/agreements/1/edit", "/admin/proposals/dashboard",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_axe_violations(string url)
    {
        using var tab = await app.VisitorTabAsync();

        var response = await tab.Page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }

    [Fact]
    public async Task Not_found_page_has_no_axe_violations()
    {
        using var tab = await app.VisitorTabAsync();

        var response = await tab.Page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("ページが見つかりません");
        await AxeAssert.NoViolationsAsync(tab.Page, "the 404 page");
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
        using var tab = await app.AdminTabAsync();

        var response = await tab.Page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        Assert.Equal(app.BaseUrl + url, tab.Page.Url);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }

    [Fact]
    public async Task Content_editor_versions_and_comparison_of_a_seeded_case_have_no_axe_violations()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        var edit = "/admin/contents/case-aomori-lightblue-ja/edit";

        Assert.Equal(200, (await page.GotoAsync(edit))!.Status);
        await Expect(page.Locator("[name='Fields.contributions[0].text']")).ToHaveValueAsync("商工会議所との調整");
        await AxeAssert.NoViolationsAsync(page, "the case-study editor");

        await page.Locator("[name='Fields.summary']").FillAsync("要約を書き換えた版です。");
        await page.GetByRole(AriaRole.Button, new() { Name = "下書き保存", Exact = true }).ClickAsync();
        await page.GotoAsync("/admin/contents/case-aomori-lightblue-ja/versions");
        await AxeAssert.NoViolationsAsync(page, "the versions page");

        await page.GotoAsync("/admin/contents/case-aomori-lightblue-ja/versions/compare?a=1&b=2");
        await Expect(page.Locator("main")).ToContainTextAsync("要約を書き換えた版です。");
        await AxeAssert.NoViolationsAsync(page, "the version comparison");
    }

    [Fact]
    public async Task Challenge_editor_offers_the_directory_departments_and_has_no_axe_violations_with_errors()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;

        await page.GotoAsync("/admin/contents/challenge-snow-removal-information-ja/edit");
        await Expect(page.Locator("#Fields_departmentCode")).ToHaveValueAsync("TOSHI-DORO");
        await Expect(page.Locator("[name='Fields.department']")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(page, "the seeded challenge's editor");

        await page.GotoAsync("/admin/contents/new/Challenge");
        await page.Locator("#Title").FillAsync("担当課を選ばなかった課題");
        await page.GetByRole(AriaRole.Button, new() { Name = "下書き保存", Exact = true }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#Fields_departmentCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(page, "the challenge editor with errors");

        await page.GotoAsync("/admin/contents/department-calls");
        await page.GetByRole(AriaRole.Button, new() { Name = "照会を送る", Exact = true }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".field-error")).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(page, "the call for challenges with errors");
    }

    [Fact]
    public async Task Business_calendar_with_errors_has_no_axe_violations()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/admin/settings/calendar");

        await page.GetByLabel("年末年始の初日").FillAsync("12月40日");
        await page.GetByLabel("その他の休業日（市の休庁日など）").FillAsync("来週の月曜日 臨時休庁");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".field-error")).ToHaveCountAsync(2);
        await Expect(page.GetByLabel("年末年始の初日")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(page, "the business calendar with errors");
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

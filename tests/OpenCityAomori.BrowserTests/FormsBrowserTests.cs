using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>The contact form as a visitor uses it (Japanese input, errors, receipt) and the forms admin, checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FormsBrowserTests(BrowserAppFixture app)
{
    public static TheoryData<string> AdminPages => new()
    {
        "/admin/forms", "/admin/forms/new", "/admin/forms/contact", "/admin/forms/contact/fields/new",
        "/admin/forms/contact/fields/email", "/admin/forms/contact/fields/subject/delete", "/admin/forms/submissions",
        "/admin/forms/submissions?form=contact&status=Skipped&q=%E9%9D%92%E6%A3%AE",
        "/admin/forms/proposal", "/admin/forms/proposal/fields/applicant_type", "/admin/forms/proposal/fields/new",
    };

    [Fact]
    public async Task A_visitor_fills_the_contact_form_in_Japanese_fixes_the_errors_and_gets_a_receipt_number()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        Assert.Equal(200, (await page.GotoAsync("/contact"))!.Status);
        await AxeAssert.NoViolationsAsync(page, "the empty contact form");

        await page.GetByLabel("所属").FillAsync("株式会社ブラウザ");
        await page.GetByLabel("連絡先（メールアドレス）").FillAsync("ｈａｎａｋｏ＠example.jp");
        await page.GetByLabel("連絡先（電話番号）").FillAsync("０１７ー７６１ー４１５４");
        await page.Locator("#f_subject").FillAsync("実証実験の相談");
        await page.Locator("#f_message").FillAsync("市内の公園でセンサーの実証実験をしたいと考えています。");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("氏名を入力してください。");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("同意してください");
        await Expect(page.GetByLabel("連絡先（電話番号）")).ToHaveValueAsync("017-761-4154");
        await Expect(page.Locator("#f_name")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(page, "the contact form with errors");

        await page.Locator("#error-summary a[href='#f_name']").ClickAsync();
        await Expect(page.Locator("#f_name")).ToBeFocusedAsync();
        await page.Locator("#f_name").FillAsync("青森　花子");
        await page.Locator("#f_privacy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("送信が完了しました");
        await Expect(page.Locator(".receipt-number")).ToHaveTextAsync(new Regex("^C-[0-9]{8}-[0-9]{4}$"));
        Assert.Contains("/contact/thanks?t=", page.Url, StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page, "the thank-you page");

        // Staff find it in the admin; the detail page passes axe too.
        var receipt = await page.Locator(".receipt-number").TextContentAsync();
        var admin = await app.NewAdminPageAsync();
        await using var adminContext = admin.Context;
        await admin.GotoAsync("/admin/forms/submissions?q=" + Uri.EscapeDataString(receipt!));
        await admin.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("017-761-4154");
        await Expect(admin.Locator("main")).ToContainTextAsync("hanako@example.jp");
        await AxeAssert.NoViolationsAsync(admin, "the submission detail");
    }

    [Fact]
    public async Task The_English_contact_form_has_no_axe_violations()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        Assert.Equal(200, (await page.GotoAsync("/en/contact"))!.Status);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("Enter Name.");
        await AxeAssert.NoViolationsAsync(page, "the English contact form with errors");
    }

    [Fact]
    public async Task An_editor_adds_a_question_to_the_proposal_form_and_a_visitor_must_answer_it()
    {
        using var tab = await app.AdminTabAsync();
        var admin = tab.Page;
        await admin.GotoAsync("/admin/forms/proposal");
        await admin.GetByRole(AriaRole.Link, new() { Name = "項目を追加" }).ClickAsync();
        await admin.Locator("#Form_Name").FillAsync("visit_wish");
        await admin.Locator("#Form_Kind").SelectOptionAsync("Radio");
        await admin.Locator("#Form_Required").CheckAsync();
        await admin.Locator("#Form_LabelJa").FillAsync("現地見学の希望");
        await admin.Locator("#Form_LabelEn").FillAsync("Site visit");
        await admin.Locator("#Form_Options").FillAsync("yes|希望する|Yes, please\nno|希望しない|No, thank you");
        await admin.GetByRole(AriaRole.Button, new() { Name = "項目を保存" }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("visit_wish");
        try
        {
            var page = await app.NewPageAsync();
            await using var context = page.Context;
            await page.GotoAsync("/propose");
            await Expect(page.Locator("fieldset.editor-fields legend").First).ToHaveTextAsync("その他の項目");
            await page.GetByRole(AriaRole.Button, new() { Name = "提案を送信する" }).ClickAsync();
            await Expect(page.Locator("#error-summary")).ToContainTextAsync("現地見学の希望を選んでください。");
            await Expect(page.Locator("#error-summary a[href='#f_visit_wish']")).ToHaveCountAsync(1);
            await Expect(page.Locator("#f_visit_wish-error")).ToHaveTextAsync("現地見学の希望を選んでください。");
            await AxeAssert.NoViolationsAsync(page, "the proposal form with an added question in error");
            await page.GotoAsync("/en/propose");
            await Expect(page.Locator("fieldset.editor-fields")).ToContainTextAsync("Yes, please");
            await AxeAssert.NoViolationsAsync(page, "the English proposal form with an added question");
        }
        finally
        {
            await admin.GotoAsync("/admin/forms/proposal/fields/visit_wish/delete");
            await admin.GetByRole(AriaRole.Button, new() { Name = "削除する" }).ClickAsync();
        }

        await Expect(admin.Locator("main")).Not.ToContainTextAsync("visit_wish");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Forms_admin_page_has_no_axe_violations(string url)
    {
        using var tab = await app.AdminTabAsync();
        Assert.Equal(200, (await tab.Page.GotoAsync(url))!.Status);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }
}

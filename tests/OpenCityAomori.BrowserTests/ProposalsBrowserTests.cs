using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>A company proposes, follows its proposal and answers the desk; every page of the journey passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ProposalsBrowserTests(BrowserAppFixture app)
{
    public static TheoryData<string> PublicPages => new() { "/en/propose", "/propose/link", "/en/propose/link", "/propose/consult", "/en/propose/consult" };

    public static TheoryData<string> AdminPages => new() { "/admin/proposals", "/admin/proposals?stage=Received&unread=true&sort=oldest", "/admin/proposals/settings", "/admin/proposals/new", "/admin/proposals/dashboard", "/admin/proposals/consultations" };

    [Fact]
    public async Task A_company_proposes_with_an_attachment_follows_it_and_answers_the_desks_message()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        Assert.Equal(200, (await page.GotoAsync("/propose"))!.Status);
        await AxeAssert.NoViolationsAsync(page, "the empty proposal form");

        await page.GetByRole(AriaRole.Button, new() { Name = "提案を送信する" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#error-summary li").First).ToHaveTextAsync("希望する連携の手法を選んでください。");
        await Expect(page.Locator("#error-summary li").Last).ToHaveTextAsync("留意事項を確認し、同意してください。");
        await AxeAssert.NoViolationsAsync(page, "the proposal form with errors");

        await page.Locator("#Input_Kind").SelectOptionAsync("free");
        await page.Locator("#Input_Scheme").SelectOptionAsync("pilot");
        await page.Locator("#Input_ApplicantType").SelectOptionAsync("corporation");
        await page.Locator("#Input_Organizations_0__Name").FillAsync("株式会社ブラウザ実証");
        await page.Locator("#Input_Organizations_0__CorporateNumber").FillAsync("７００００１２０５０００２");
        await page.Locator("#Input_ContactName").FillAsync("青森 花子");
        await page.Locator("#Input_ContactEmail").FillAsync("ｈａｎａｋｏ＠example.jp");
        await page.Locator("#Input_ContactPhone").FillAsync("０１７ー７６１ー４１５４");
        await page.Locator("#Input_Title").FillAsync("公園の混雑センサー実証");
        await page.Locator("#Input_Summary").FillAsync("合浦公園にセンサーを置き、混雑状況を配信します。");
        await page.Locator("#Attachments_0_").SetInputFilesAsync(new FilePayload { Name = "提案書.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%test\n"u8.ToArray() });
        await page.Locator("#Input_Consent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提案を送信する" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("提案を受け付けました");
        await Expect(page.Locator(".receipt strong")).ToHaveTextAsync(ReceiptPattern());
        var receipt = await page.Locator(".receipt strong").TextContentAsync();
        await AxeAssert.NoViolationsAsync(page, "the receipt page");

        await page.Locator(".tracking-link a").ClickAsync();
        await Expect(page.Locator(".stage")).ToHaveTextAsync("受付");
        await Expect(page.Locator("main")).ToContainTextAsync("提案書.pdf");
        var tracking = page.Url;
        await AxeAssert.NoViolationsAsync(page, "the tracking page");

        // The desk writes from the proposal page; the proposer reads it and answers.
        var admin = await app.NewAdminPageAsync();
        await using var adminContext = admin.Context;
        await admin.GotoAsync("/admin/proposals?q=" + Uri.EscapeDataString(receipt!));
        await AxeAssert.NoViolationsAsync(admin, "the filtered inbox");
        await admin.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        var proposalPage = admin.Url;
        await Expect(admin.Locator("main")).ToContainTextAsync("hanako@example.jp");
        await AxeAssert.NoViolationsAsync(admin, "the proposal page");
        await admin.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).First.ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToContainTextAsync("判断を選んでください。");
        await AxeAssert.NoViolationsAsync(admin, "the proposal page with a decision error");
        await admin.Locator("#body").FillAsync("実施場所について、現地でご相談させてください。");
        await admin.Locator("#awaitReply").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await Expect(admin.Locator("#thread")).ToContainTextAsync("実施場所について");

        await page.GotoAsync(tracking);
        await Expect(page.Locator(".stage")).ToHaveTextAsync(new Regex("^ご回答待ち（[0-9]+月[0-9]+日まで）$"));
        await page.Locator("#body").FillAsync("来週であれば伺えます。");
        await page.GetByRole(AriaRole.Button, new() { Name = "返信する" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("メッセージをデスクに送信しました。");
        await Expect(page.Locator(".stage")).ToHaveTextAsync("内容確認中");
        await AxeAssert.NoViolationsAsync(page, "the tracking page with a thread");

        // The desk prepares a disclosure copy: the settings page, its errors, and the print page.
        await admin.GotoAsync(proposalPage);
        await Expect(admin.Locator("#audit")).ToContainTextAsync("この提案の記録（監査証跡）");
        await admin.GetByRole(AriaRole.Link, new() { Name = "情報公開用の写し（意見照会・開示範囲・印刷）" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToContainTextAsync("情報公開用の写し：");
        await AxeAssert.NoViolationsAsync(admin, "the disclosure page");
        await admin.GetByRole(AriaRole.Button, new() { Name = "意見照会を記録する" }).ClickAsync();
        await Expect(admin.Locator("#error-summary")).ToContainTextAsync("照会の方法を選んでください。");
        await AxeAssert.NoViolationsAsync(admin, "the disclosure page with errors");
        await admin.GetByRole(AriaRole.Link, new() { Name = "開示用の写し（印刷用）を開く" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToContainTextAsync("開示用の写し：公園の混雑センサー実証");
        await Expect(admin.Locator("main")).Not.ToContainTextAsync("hanako@example.jp");
        await AxeAssert.NoViolationsAsync(admin, "the disclosure copy");
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_proposal_page_has_no_axe_violations(string url)
    {
        using var tab = await app.VisitorTabAsync();
        Assert.Equal(200, (await tab.Page.GotoAsync(url))!.Status);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Proposals_admin_page_has_no_axe_violations(string url)
    {
        using var tab = await app.AdminTabAsync();
        Assert.Equal(200, (await tab.Page.GotoAsync(url))!.Status);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }

    [Fact]
    public async Task The_dashboard_draws_each_chart_from_its_table_within_the_content_security_policy()
    {
        using var tab = await app.AdminTabAsync();
        var refused = new List<string>();
        void OnConsole(object? sender, IConsoleMessage message)
        {
            // A fresh tab asks for /favicon.ico, which the site does not have; anything else (a refused script or style) counts.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                refused.Add(message.Text + " " + message.Location);
            }
        }

        tab.Page.Console += OnConsole;
        try
        {
            Assert.Equal(200, (await tab.Page.GotoAsync("/admin/proposals/dashboard"))!.Status);
            foreach (var id in new[] { "dash-months-chart", "dash-stages-chart" })
            {
                await Expect(tab.Page.Locator($"#{id}[data-rendered=true]")).ToHaveAttributeAsync("role", "img");
                var drawn = await tab.Page.EvaluateAsync<int[]>($"() => {{ const c = document.getElementById('{id}'); return [c.width, c.height, window.Chart.getChart(c).data.labels.length]; }}");
                Assert.True(drawn[0] > 0 && drawn[1] > 0, $"{id} has no size");
                Assert.Equal(await tab.Page.Locator($"#{id.Replace("-chart", "-table", StringComparison.Ordinal)} tbody tr").CountAsync(), drawn[2]);
            }

            Assert.True(refused.Count == 0, string.Join("\n", refused));
        }
        finally
        {
            tab.Page.Console -= OnConsole;
        }
    }

    [GeneratedRegex("^P-[0-9]{8}-[0-9]{4}$")]
    private static partial Regex ReceiptPattern();
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>The people of the pilot journey and the steps each of them repeats.</summary>
public sealed partial class PilotJourneyBrowserTests
{
    private const string StaffPassword = "Nebuta2026xx";
    private const string Department = "環境部環境政策課";
    private const string DepartmentEmail = "kankyo-pilot-journey@example.jp";
    private const string Company = "株式会社あおもりクリーンテック";

    /// <summary>The administrator adds the department's staff member through /admin/users/create.</summary>
    private static async Task AddDepartmentStaffAsync(IPage admin)
    {
        await admin.GotoAsync("/admin/users/create");
        await admin.GetByLabel("氏名").FillAsync("環境 花子");
        await admin.GetByLabel("メールアドレス（ログインID）").FillAsync(DepartmentEmail);
        await admin.GetByLabel("部署").SelectOptionAsync(new SelectOptionValue { Label = Department });
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "DepartmentStaff —" }).CheckAsync();
        await admin.GetByLabel("初期パスワード").FillAsync(StaffPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/admin/users$"));
    }

    /// <summary>The company's proposal on the form, with its proposal document.</summary>
    private static async Task FillProposalAsync(IPage company)
    {
        await company.GetByLabel("提案の種類").SelectOptionAsync(new SelectOptionValue { Label = "自由提案（自由な発想による提案）" });
        await company.GetByLabel("希望する連携の手法").SelectOptionAsync(new SelectOptionValue { Label = "実証実験サポート" });
        await company.GetByLabel("提案者の区分").SelectOptionAsync(new SelectOptionValue { Label = "法人（企業等）" });
        await company.GetByLabel("法人・団体名（個人事業主は屋号又は氏名）").FillAsync(Company);
        await company.GetByLabel("担当者名").FillAsync("青森 次郎");
        await company.GetByLabel("メールアドレス").FillAsync("pilot-journey@example.jp");
        await company.GetByLabel("電話番号").FillAsync("017-734-2222");
        await company.GetByRole(AriaRole.Textbox, new() { Name = "提案の件名" }).FillAsync(PilotTitle);
        await company.GetByRole(AriaRole.Textbox, new() { Name = "提案の概要" }).FillAsync("ごみ収集車にAIカメラを載せ、道路の傷みを走りながら見つけます。");
        await company.GetByRole(AriaRole.Textbox, new() { Name = "希望する時期・期間" }).FillAsync("2027年5月の2週間");
        await company.GetByRole(AriaRole.Textbox, new() { Name = "希望する場所" }).FillAsync("市内の収集ルート");
        await company.GetByLabel("ファイル1", new() { Exact = true }).SetInputFilesAsync(Pdf("実証計画書.pdf"));
        await company.GetByRole(AriaRole.Checkbox, new() { Name = "を確認し、同意します" }).CheckAsync();
    }

    /// <summary>A decision on the proposal page's workflow task, confirmed by the notice.</summary>
    private static async Task DecideAsync(IPage staff, string outcome)
    {
        await staff.GetByRole(AriaRole.Radio, new() { Name = outcome }).CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).ClickAsync();
        await Expect(staff.Locator("p.notice")).ToContainTextAsync(outcome);
    }

    private static async Task OpenFromInboxAsync(IPage staff, string receipt)
    {
        await staff.GotoAsync("/admin/proposals");
        await staff.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await Expect(staff.Locator("h1")).ToContainTextAsync(PilotTitle);
    }

    private static async Task ClickAsync(IPage page, string button, string notice)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.Locator("p.notice")).ToHaveTextAsync(notice);
    }

    private static Task TickAsync(IPage page, string step) => ClickAsync(page, $"「{step}」を完了にする", $"「{step}」を更新しました。");

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.7\n%pilot journey\n"u8.ToArray() };

    /// <summary>A fresh context (own cookies) signed in through the log-in form.</summary>
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await app.NewPageAsync();
        await BrowserAppFixture.LogInAsync(page, email, StaffPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        return page;
    }
}

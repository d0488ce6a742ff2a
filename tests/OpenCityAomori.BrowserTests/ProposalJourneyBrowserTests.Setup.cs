using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>What the journey needs before the company arrives, made by the administrator on the admin pages.</summary>
public sealed partial class ProposalJourneyBrowserTests
{
    private const string StaffPassword = "Nebuta2026xx";

    /// <summary>Adds a department's staff member through /admin/users/create.</summary>
    private static async Task AddDepartmentStaffAsync(IPage admin, string name, string email, string department)
    {
        await admin.GotoAsync("/admin/users/create");
        await admin.GetByLabel("氏名").FillAsync(name);
        await admin.GetByLabel("メールアドレス（ログインID）").FillAsync(email);
        await admin.GetByLabel("部署").SelectOptionAsync(new SelectOptionValue { Label = department });
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "DepartmentStaff —" }).CheckAsync();
        await admin.GetByLabel("初期パスワード").FillAsync(StaffPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(EndsWith("/admin/users"));
    }

    /// <summary>Publishes an open challenge of a directory department (the seeded ones close with the calendar).</summary>
    private static async Task PublishChallengeAsync(IPage admin)
    {
        await admin.GotoAsync("/admin/contents/new/Challenge");
        await admin.Locator("[name='Title']").FillAsync(ChallengeTitle);
        await admin.Locator("[name='Slug']").FillAsync(ChallengeSlug);
        await admin.Locator("[name='Fields.departmentCode']").SelectOptionAsync(LeadDepartmentCode);
        await admin.Locator("[name='Fields.postedOn']").FillAsync("2026-04-01");
        await admin.Locator("[name='Fields.deadline']").FillAsync("2099-12-31");
        await admin.Locator("[name='Fields.status']").SelectOptionAsync("open");
        await admin.Locator("[name='Fields.summary']").FillAsync("駅前広場に人が集まる仕掛けを募集します。");
        await admin.Locator("[name='Fields.background']").FillAsync("平日の駅前広場は人通りが少なくなっています。");
        await admin.Locator("[name='Fields.desiredOutcome']").FillAsync("平日の来訪者が増えること。");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存して公開", Exact = true }).ClickAsync();
        await Expect(admin.Locator("p.notice")).ToBeVisibleAsync();
    }

    /// <summary>A fresh context (own cookies) signed in through the log-in form.</summary>
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await app.NewPageAsync();
        await BrowserAppFixture.LogInAsync(page, email, StaffPassword);
        await Expect(page).ToHaveURLAsync(EndsWith("/admin"));
        return page;
    }

    private static Regex EndsWith(string path) => new(Regex.Escape(path) + "$");
}

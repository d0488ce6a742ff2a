using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>
/// Issue 10's journey, each person in their own browser context: a company proposes on an open challenge with an
/// attachment and follows it; the desk routes it and asks a second department's opinion; the lead department
/// decides not feasible with a reason; the desk sends the answer; the company reads it and replies. axe runs on
/// every page of it, the pages with validation errors included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ProposalJourneyBrowserTests(BrowserAppFixture app)
{
    private const string ChallengeTitle = "駅前広場のにぎわい創出";
    private const string ChallengeSlug = "station-square-journey";
    private const string LeadDepartment = "経済部経済政策課";
    private const string LeadDepartmentCode = "KEIZAI-SEISAKU";
    private const string AskedDepartment = "都市整備部道路維持課";
    private const string ProposalTitle = "駅前広場の週末マルシェ";
    private const string RoutingNote = "課題の担当課として、経済政策課でご検討ください。";
    private const string Question = "広場での出店に道路占用の許可が要るか教えてください。";
    private const string Opinion = "広場は道路区域外のため、占用許可は不要です。";
    private const string Reason = "今年度は広場の改修工事があり、実施の場所を確保できないため。";

    [Fact]
    public async Task A_company_proposes_on_a_challenge_the_desk_routes_and_consults_the_department_declines_with_a_reason_and_the_company_reads_it_and_replies()
    {
        var desk = await app.NewAdminPageAsync();
        await using var deskContext = desk.Context;
        await AddDepartmentStaffAsync(desk, "経済 一郎", "keizai-journey@example.jp", LeadDepartment);
        await AddDepartmentStaffAsync(desk, "道路 二郎", "doro-journey@example.jp", AskedDepartment);
        await PublishChallengeAsync(desk);

        // The company proposes on the challenge, with its proposal document, and follows its proposal.
        var company = await app.NewPageAsync();
        await using var companyContext = company.Context;
        await company.GotoAsync("/challenges/" + ChallengeSlug);
        await AxeAssert.NoViolationsAsync(company, "the challenge page");
        await company.GetByRole(AriaRole.Link, new() { Name = "この課題に提案する" }).ClickAsync();
        await Expect(company.GetByLabel("提案の種類")).ToHaveValueAsync("challenge");
        await Expect(company.GetByLabel("提案する課題").Locator("option:checked")).ToHaveTextAsync($"{ChallengeTitle}（{LeadDepartment}）");
        await AxeAssert.NoViolationsAsync(company, "the proposal form on the challenge");
        await FillProposalAsync(company);
        await company.GetByRole(AriaRole.Button, new() { Name = "提案を送信する" }).ClickAsync();
        await Expect(company.Locator("h1")).ToHaveTextAsync("提案を受け付けました");
        var receipt = (await company.Locator(".receipt strong").TextContentAsync())!;
        await AxeAssert.NoViolationsAsync(company, "the receipt page");
        await company.Locator(".tracking-link a").ClickAsync();
        await Expect(company.Locator(".stage")).ToHaveTextAsync("受付");
        await Expect(company.Locator("main")).ToContainTextAsync($"課題提案（課題：{ChallengeTitle}）");
        await Expect(company.GetByRole(AriaRole.Link, new() { Name = "提案書.pdf" })).ToBeVisibleAsync();
        var tracking = company.Url;
        await AxeAssert.NoViolationsAsync(company, "the tracking page");

        // A 課題提案 goes to the challenge's department, which sees it but cannot take the desk's triage.
        var lead = await SignInAsync("keizai-journey@example.jp");
        await using var leadContext = lead.Context;
        await OpenFromInboxAsync(lead, receipt);
        var proposalPage = lead.Url;
        await Expect(lead.GetByRole(AriaRole.Region, new() { Name = "ワークフローの作業" })).ToContainTextAsync("この作業はあなたの担当ではありません。");
        await Expect(lead.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" })).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(lead, "the proposal page as the lead department before routing");

        // The department not asked yet is refused.
        var asked = await SignInAsync("doro-journey@example.jp");
        await using var askedContext = asked.Context;
        await asked.GotoAsync("/admin/proposals");
        await Expect(asked.GetByRole(AriaRole.Link, new() { Name = receipt })).ToHaveCountAsync(0);
        var refused = await asked.GotoAsync(proposalPage);
        Assert.True(refused!.Status == 403 || asked.Url.Contains("/account/access-denied", StringComparison.Ordinal), $"{refused.Status} {asked.Url}");
        await AxeAssert.NoViolationsAsync(asked, "the refusal of a proposal not routed to the department");

        // The desk routes it to the challenge's department (chosen already) and asks the roads division.
        await OpenFromInboxAsync(desk, receipt);
        await AxeAssert.NoViolationsAsync(desk, "the proposal page at triage");
        await Expect(desk.GetByLabel("回付先の担当課（回付するとき）")).ToHaveValueAsync("KEIZAI-SEISAKU");
        await DecideAsync(desk, "担当課へ回付する", RoutingNote);
        await desk.GetByLabel("照会先の課").SelectOptionAsync(new SelectOptionValue { Label = AskedDepartment });
        await desk.GetByLabel("回答期限（営業日）").FillAsync("40");
        await desk.GetByRole(AriaRole.Button, new() { Name = "照会を送る" }).ClickAsync();
        await Expect(desk.Locator("#error-summary")).ToContainTextAsync("照会する内容を入力してください");
        await Expect(desk.Locator("#error-summary")).ToContainTextAsync("回答期限は1〜30営業日で指定してください。");
        await Expect(desk.GetByLabel("照会する内容")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(desk, "the opinion request with errors");
        await desk.GetByLabel("照会する内容").FillAsync(Question);
        await desk.GetByLabel("回答期限（営業日）").FillAsync("5");
        await desk.GetByRole(AriaRole.Button, new() { Name = "照会を送る" }).ClickAsync();
        await Expect(desk.Locator("p.notice")).ToHaveTextAsync("照会を送りました（照会先の課に通知しました）。");

        // Asked, the roads division sees the proposal and answers; it has no decision to take.
        await OpenFromInboxAsync(asked, receipt);
        await Expect(asked.Locator("#opinions")).ToContainTextAsync(Question);
        await Expect(asked.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" })).ToHaveCountAsync(0);
        await Expect(asked.GetByRole(AriaRole.Button, new() { Name = "照会を送る" })).ToHaveCountAsync(0);
        await asked.GetByLabel("照会への回答").FillAsync(Opinion);
        await asked.GetByRole(AriaRole.Button, new() { Name = "回答する" }).ClickAsync();
        await Expect(asked.Locator("p.notice")).ToHaveTextAsync("照会に回答しました（デスクに通知しました）。");
        await AxeAssert.NoViolationsAsync(asked, "the proposal page after the opinion");

        // The lead department reviews: not feasible needs a reason, and keeps the choice when it is missing.
        await lead.GotoAsync(proposalPage);
        await Expect(lead.GetByRole(AriaRole.Heading, new() { Name = "提案書確認・実施可否の検討" })).ToBeVisibleAsync();
        await Expect(lead.Locator("#opinions")).ToContainTextAsync(Opinion);
        await lead.GetByRole(AriaRole.Radio, new() { Name = "実施できない（理由を添えて回答）" }).CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).ClickAsync();
        await Expect(lead.Locator("#error-summary")).ToContainTextAsync("理由・依頼内容を入力してください");
        await Expect(lead.GetByLabel("理由・コメント")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(lead.GetByRole(AriaRole.Radio, new() { Name = "実施できない（理由を添えて回答）" })).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(lead, "a not-feasible decision without a reason");
        await lead.GetByLabel("理由・コメント").FillAsync(Reason);
        await lead.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).ClickAsync();
        await Expect(lead.Locator("p.notice")).ToContainTextAsync("実施できない");

        // The desk is the one window: nothing reaches the company before it sends the answer, by keyboard.
        await company.ReloadAsync();
        await Expect(company.GetByRole(AriaRole.Heading, new() { Name = "市からの回答" })).ToHaveCountAsync(0);
        await desk.GotoAsync(proposalPage);
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "回答の確認・送付" })).ToBeVisibleAsync();
        await Expect(desk.Locator("#opinions")).ToContainTextAsync(Opinion);
        await desk.GetByRole(AriaRole.Radio, new() { Name = "この判断で提案者に回答する" }).FocusAsync();
        await desk.Keyboard.PressAsync("Space");
        await desk.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).FocusAsync();
        await desk.Keyboard.PressAsync("Enter");
        await Expect(desk.Locator("p.notice")).ToContainTextAsync("この判断で提案者に回答する");

        // The company reads the answer and its reason, never the desk's or the departments' internal words, and replies.
        await company.GotoAsync(tracking);
        await Expect(company.Locator(".stage")).ToHaveTextAsync("回答済み");
        await Expect(company.Locator(".answer")).ToContainTextAsync("理由：" + Reason);
        foreach (var internalText in new[] { RoutingNote, Question, Opinion, AskedDepartment, "照会" })
        {
            await Expect(company.Locator("main")).Not.ToContainTextAsync(internalText);
        }

        await AxeAssert.NoViolationsAsync(company, "the tracking page with the answer");
        await company.GetByRole(AriaRole.Button, new() { Name = "返信する" }).ClickAsync();
        await Expect(company.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(company.GetByLabel("メッセージ")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(company, "the reply form with an error");
        await company.GetByLabel("メッセージ").FillAsync("承知しました。来年度に改めてご提案します。");
        await company.GetByRole(AriaRole.Button, new() { Name = "返信する" }).ClickAsync();
        await Expect(company.Locator(".notice")).ToHaveTextAsync("メッセージをデスクに送信しました。");
        await Expect(company.Locator("#thread")).ToContainTextAsync("来年度に改めてご提案します。");
        await AxeAssert.NoViolationsAsync(company, "the tracking page with the reply");

        await desk.GotoAsync(proposalPage);
        await Expect(desk.Locator("#thread")).ToContainTextAsync("来年度に改めてご提案します。");
    }

    private static async Task FillProposalAsync(IPage company)
    {
        await company.GetByLabel("希望する連携の手法").SelectOptionAsync(new SelectOptionValue { Label = "パートナーシップ（連携事業）" });
        await company.GetByLabel("提案者の区分").SelectOptionAsync(new SelectOptionValue { Label = "法人（企業等）" });
        await company.GetByLabel("法人・団体名（個人事業主は屋号又は氏名）").FillAsync("株式会社にぎわい広場");
        await company.GetByLabel("担当者名").FillAsync("青森 一子");
        await company.GetByLabel("メールアドレス").FillAsync("ichiko@example.jp");
        await company.GetByLabel("電話番号").FillAsync("017-734-1111");
        await company.GetByRole(AriaRole.Textbox, new() { Name = "提案の件名" }).FillAsync(ProposalTitle);
        await company.GetByRole(AriaRole.Textbox, new() { Name = "提案の概要" }).FillAsync("毎週土曜に駅前広場で地元の農産物のマルシェを開きます。");
        await company.GetByLabel("ファイル1", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "提案書.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%journey\n"u8.ToArray() });
        await company.GetByRole(AriaRole.Checkbox, new() { Name = "を確認し、同意します" }).CheckAsync();
    }

    private static async Task OpenFromInboxAsync(IPage staff, string receipt)
    {
        await staff.GotoAsync("/admin/proposals");
        await staff.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await Expect(staff.Locator("h1")).ToContainTextAsync(ProposalTitle);
    }

    private static async Task DecideAsync(IPage staff, string outcome, string comment)
    {
        await staff.GetByRole(AriaRole.Radio, new() { Name = outcome }).CheckAsync();
        await staff.GetByLabel("理由・コメント").FillAsync(comment);
        await staff.GetByRole(AriaRole.Button, new() { Name = "判断を確定する" }).ClickAsync();
        await Expect(staff.Locator("p.notice")).ToContainTextAsync(outcome);
    }
}

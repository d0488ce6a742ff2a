using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>
/// Issue 11's journey, each person in their own browser context: a company proposes a pilot with an attachment; the
/// desk routes it, the department approves, the desk answers and the pilot is created; the department prepares, starts
/// and runs it on its checklist and asks for the report; the company uploads it (a disguised file refused first); the
/// department receives it, which completes the pilot and the proposal; the case study is drafted, refused publication
/// until the partner's consent is recorded, and published. axe runs on every page, the pages with errors included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PilotJourneyBrowserTests(BrowserAppFixture app)
{
    private const string PilotTitle = "ごみ収集車のAIカメラによる道路点検の実証実験";
    private const string Summary = "ごみ収集車に載せたAIカメラで、道路の傷みを収集の途中に見つけます。";
    private const string ReportRequest = $"実証実験「{PilotTitle}」の報告書";

    [Fact]
    public async Task A_pilot_proposal_is_accepted_run_on_its_checklist_reported_by_the_company_completed_and_published_as_a_case_with_consent()
    {
        var desk = await app.NewAdminPageAsync();
        await using var deskContext = desk.Context;
        await AddDepartmentStaffAsync(desk);

        // The company proposes a pilot with its plan and follows it.
        var company = await app.NewPageAsync();
        await using var companyContext = company.Context;
        await company.GotoAsync("/propose");
        await FillProposalAsync(company);
        await AxeAssert.NoViolationsAsync(company, "the filled proposal form");
        await company.GetByRole(AriaRole.Button, new() { Name = "提案を送信する" }).ClickAsync();
        await Expect(company.Locator("h1")).ToHaveTextAsync("提案を受け付けました");
        var receipt = (await company.Locator(".receipt strong").TextContentAsync())!;
        await company.Locator(".tracking-link a").ClickAsync();
        await Expect(company.Locator("main")).ToContainTextAsync("実証実験サポート");
        await Expect(company.GetByRole(AriaRole.Link, new() { Name = "実証計画書.pdf" })).ToBeVisibleAsync();
        var tracking = company.Url;

        // The desk routes it to the department, which approves; the desk's answer accepts it: a pilot in preparation.
        await OpenFromInboxAsync(desk, receipt);
        await desk.GetByLabel("回付先の担当課（回付するとき）").SelectOptionAsync(new SelectOptionValue { Label = Department });
        await DecideAsync(desk, "担当課へ回付する");
        var department = await SignInAsync(DepartmentEmail);
        await using var departmentContext = department.Context;
        await OpenFromInboxAsync(department, receipt);
        await AxeAssert.NoViolationsAsync(department, "the proposal page at the department's review");
        await DecideAsync(department, "実施する");
        await desk.ReloadAsync();
        await DecideAsync(desk, "この判断で提案者に回答する");
        await Expect(desk.Locator("main")).ToContainTextAsync("実証実験（準備中、番号");
        await AxeAssert.NoViolationsAsync(desk, "the accepted proposal");

        // The department finds the pilot in its list; starting needs the period and the public summary.
        await department.GotoAsync("/admin/pilots");
        await AxeAssert.NoViolationsAsync(department, "the department's pilot list");
        await department.GetByRole(AriaRole.Link, new() { Name = PilotTitle }).ClickAsync();
        await Expect(department.Locator("h1")).ToHaveTextAsync(PilotTitle);
        await Expect(department.Locator(".pilot-summary")).ToContainTextAsync("準備中");
        await Expect(department.GetByRole(AriaRole.Link, new() { Name = $"{receipt} {PilotTitle}" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(department, "the pilot in preparation");
        var pilotPage = department.Url;
        await department.GetByRole(AriaRole.Button, new() { Name = "実施中にする（提案の進捗も実施中に）" }).ClickAsync();
        await Expect(department.Locator("#error-summary")).ToContainTextAsync("実施期間（開始日と終了日）を入力してください。");
        await AxeAssert.NoViolationsAsync(department, "starting without a period");
        await department.GetByLabel("開始日", new() { Exact = true }).FillAsync("2027-05-10");
        await department.GetByLabel("終了日", new() { Exact = true }).FillAsync("2027-05-01");
        await department.GetByLabel("公開用の概要（日本語）").FillAsync(Summary);
        await department.GetByRole(AriaRole.Button, new() { Name = "保存する", Exact = true }).ClickAsync();
        await Expect(department.Locator("#error-summary")).ToContainTextAsync("終了日は開始日以降の日付にしてください。");
        await Expect(department.GetByLabel("終了日", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(department.GetByLabel("公開用の概要（日本語）")).ToHaveValueAsync(Summary);
        await AxeAssert.NoViolationsAsync(department, "the pilot form with an end before the start");
        await department.GetByLabel("終了日", new() { Exact = true }).FillAsync("2027-05-20");
        await ClickAsync(department, "保存する", "実証実験を保存しました。");
        await ClickAsync(department, "実施中にする（提案の進捗も実施中に）", "状態を「実施中」にしました。");
        await company.GotoAsync(tracking);
        await Expect(company.Locator(".stage")).ToHaveTextAsync("実施中");

        // The coordination checklist is worked; once the pilot was held the company is asked for its report.
        await TickAsync(department, "地元関係者との調整");
        await TickAsync(department, "実証実験の実施・立ち会い");
        var conduct = department.Locator("#checklist tr", new() { Has = department.GetByRole(AriaRole.Rowheader, new() { Name = "実証実験の実施・立ち会い" }) });
        await Expect(conduct).ToContainTextAsync($"（{DepartmentEmail}）");
        await Expect(conduct.GetByRole(AriaRole.Button, new() { Name = "「実証実験の実施・立ち会い」を未完了に戻す" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(department, "the running pilot with its checklist worked");
        await ClickAsync(department, "報告待ちにする（事業者等に報告書を依頼）", "状態を「報告待ち」にしました。");
        await Expect(department.Locator("#report")).ToContainTextAsync("事業者等からの提出を待っています。");

        // The company sees the request; a file that is not what its name says is refused, the report is sent.
        await company.GotoAsync(tracking);
        var request = company.GetByRole(AriaRole.Region, new() { Name = "ご提出をお願いしている書類" });
        await Expect(request.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToContainTextAsync(ReportRequest);
        await AxeAssert.NoViolationsAsync(company, "the tracking page asking for the report");
        await request.GetByLabel("ファイル（必須）", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "報告書.pdf", MimeType = "application/pdf", Buffer = "MZ\u0090\0 not a pdf"u8.ToArray() });
        await company.GetByRole(AriaRole.Button, new() { Name = $"「{ReportRequest}」を送信する" }).ClickAsync();
        await Expect(company.Locator(".document-request .field-error")).ToContainTextAsync("名前と中身が一致している必要があります");
        await Expect(request.GetByLabel("ファイル（必須）", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(company, "the report upload refused");
        await request.GetByLabel("ファイル（必須）", new() { Exact = true }).SetInputFilesAsync(Pdf("実証実験報告書.pdf"));
        await company.GetByRole(AriaRole.Button, new() { Name = $"「{ReportRequest}」を送信する" }).ClickAsync();
        await Expect(company.Locator(".notice")).ToHaveTextAsync($"「{ReportRequest}」を市に送信しました。");
        await AxeAssert.NoViolationsAsync(company, "the tracking page with the report sent");

        // The department receives it: the pilot and the proposal are completed and the upload closes.
        await department.GotoAsync(pilotPage);
        await Expect(department.GetByRole(AriaRole.Link, new() { Name = "実証実験報告書.pdf" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(department, "the pilot with the report to receive");
        await ClickAsync(department, "受領する", "報告書を受領し、実証実験を完了にしました。");
        await Expect(department.Locator(".pilot-summary dd").First).ToContainTextAsync("完了");
        await Expect(department.Locator("#report")).ToContainTextAsync("（受領済み）");
        await company.GotoAsync(tracking);
        await Expect(company.Locator(".stage")).ToHaveTextAsync("完了");
        await Expect(company.GetByRole(AriaRole.Heading, new() { Name = "ご提出をお願いしている書類" })).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(company, "the completed proposal's tracking page");

        // The case study: drafted by the department; the administrator may publish, but not before the consent is recorded.
        await ClickAsync(department, "事例の下書きを作成する", "連携事例の下書きを保存しました。公開には連携先の同意の記録が必要です。");
        await Expect(department.GetByRole(AriaRole.Button, new() { Name = "事例を公開する" })).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(department, "the completed pilot with its case-study draft");
        await desk.GotoAsync(pilotPage);
        await desk.GetByRole(AriaRole.Button, new() { Name = "事例を公開する" }).ClickAsync();
        await Expect(desk.Locator("p.alert")).ToContainTextAsync("公開には、連携先の公開への同意（最新の版に対するもの）の記録が必要です。");
        await Expect(desk.Locator("#case-study")).ToContainTextAsync("記録なし");
        await AxeAssert.NoViolationsAsync(desk, "the publication refused without consent");
        await desk.GetByLabel("同意の日付").FillAsync("2099-01-01");
        await desk.GetByRole(AriaRole.Button, new() { Name = "同意を記録する" }).ClickAsync();
        await Expect(desk.Locator("#error-summary")).ToContainTextAsync("同意した方（連携先の名前と役職など）を入力してください");
        await Expect(desk.GetByLabel("同意の日付")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(desk.GetByLabel("同意の日付")).ToHaveValueAsync("2099-01-01");
        await AxeAssert.NoViolationsAsync(desk, "the consent form with errors");
        var consentOn = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await desk.GetByLabel("同意した方（連携先の名前・役職）").FillAsync(Company + " 広報担当 青森 次郎");
        await desk.GetByLabel("同意の日付").FillAsync(consentOn);
        await ClickAsync(desk, "同意を記録する", "公開への同意を記録しました。");
        await ClickAsync(desk, "事例を公開する", "連携事例を公開しました。");
        await Expect(desk.Locator("#case-study")).ToContainTextAsync($"{Company} 広報担当 青森 次郎（{consentOn}、第1版に対して");
        await AxeAssert.NoViolationsAsync(desk, "the published case study");

        // The public sees the case and the pilot.
        await company.GotoAsync("/cases");
        await company.GetByRole(AriaRole.Link, new() { Name = PilotTitle }).ClickAsync();
        await Expect(company.Locator("h1")).ToHaveTextAsync(PilotTitle);
        await AxeAssert.NoViolationsAsync(company, "the public case study");
        await company.GotoAsync("/pilots");
        await AxeAssert.NoViolationsAsync(company, "the public pilot list");
        await company.GetByRole(AriaRole.Link, new() { Name = PilotTitle }).ClickAsync();
        await Expect(company.Locator("main")).ToContainTextAsync(Summary);
        await AxeAssert.NoViolationsAsync(company, "the public pilot page");
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>
/// The workflow designer in a real browser: draw a user task with bpmn-js, configure it in the side
/// panel, save, publish, start it and see it run to the task in My tasks; complete it there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowDesignerTests(BrowserAppFixture app)
{
    [Fact]
    public async Task A_user_task_drawn_and_configured_in_the_designer_runs_after_publishing_and_is_completed_from_My_tasks()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        var name = "browser-flow-" + Guid.NewGuid().ToString("N")[..8];

        await CreateDefinitionAsync(page, name, "ブラウザで描いた流れ");
        await AxeAssert.NoViolationsAsync(page, "the designer");

        // Select the start event, append a user task from its context pad (this connects them), configure it.
        await page.Locator(".djs-element[data-element-id='StartEvent_1']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.user-task']").ClickAsync();
        await Expect(page.Locator("#workflow-panel .panel-meta")).ToContainTextAsync("UserTask");
        var panel = page.Locator("#workflow-panel");
        await panel.GetByLabel("名前", new() { Exact = true }).FillAsync("受付内容の確認");
        await panel.GetByLabel("名前", new() { Exact = true }).PressAsync("Tab");
        await panel.GetByLabel("ロール").SelectOptionAsync("Administrator");
        await panel.GetByLabel("結果（カンマ区切り）").FillAsync("approve,reject");
        await panel.GetByLabel("結果（カンマ区切り）").PressAsync("Tab");
        await panel.GetByLabel("期限（ISO 8601 の期間）").FillAsync("P5D");
        await panel.GetByLabel("期限（ISO 8601 の期間）").PressAsync("Tab");
        await page.Locator(".djs-context-pad .entry[data-action='append.end-event']").ClickAsync();
        await AxeAssert.NoViolationsAsync(page, "the designer with the side panel of a user task");

        await page.GetByRole(AriaRole.Button, new() { Name = "下書きを保存" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("下書き（第1版）を保存しました。");
        var xml = await page.Locator("#workflow-xml").InputValueAsync();
        Assert.Contains("<oca:property name=\"role\">Administrator</oca:property>", xml, StringComparison.Ordinal);
        Assert.Contains("<oca:property name=\"dueIn\">P5D</oca:property>", xml, StringComparison.Ordinal);
        Assert.Contains("<oca:property name=\"outcomes\">approve,reject</oca:property>", xml, StringComparison.Ordinal);
        Assert.Matches("<bpmn:sequenceFlow id=\"[^\"]+\" sourceRef=\"StartEvent_1\" targetRef=\"[^\"]+\"", xml);

        await page.GetByRole(AriaRole.Button, new() { Name = "保存して公開" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("第1版を公開しました。");

        await page.GetByRole(AriaRole.Button, new() { Name = "公開版を手動で開始" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/instances/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#workflow-canvas[data-loaded]")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("受付内容の確認");
        await Expect(page.Locator("main")).ToContainTextAsync("タスクの完了待ち");
        await Expect(page.Locator(".djs-element.oca-active")).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(page, "the instance page of a waiting instance");
        var instanceUrl = page.Url;

        await page.GotoAsync("/admin/workflows/tasks");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = name }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("ロール: Administrator");
        await AxeAssert.NoViolationsAsync(page, "My tasks");

        await row.GetByRole(AriaRole.Link, new() { Name = "受付内容の確認" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("タスク: 受付内容の確認");
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(page, "the task page");

        // Completing without an outcome is refused with an error tied to the choice.
        await page.GetByRole(AriaRole.Button, new() { Name = "完了する" }).EvaluateAsync("b => b.form.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "完了する" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("結果を選んでください。");
        await AxeAssert.NoViolationsAsync(page, "the task page with an error");

        await page.GetByLabel("承認（approve）").CheckAsync();
        await page.GetByLabel("コメント").FillAsync("内容を確認しました。");
        await page.GetByRole(AriaRole.Button, new() { Name = "完了する" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("タスクを完了しました。");
        await Expect(page.Locator("main")).ToContainTextAsync("完了済み");

        await page.GotoAsync(instanceUrl);
        await Expect(page.Locator(".details")).ToContainTextAsync("完了");
        var completed = page.Locator("tr", new() { HasText = "タスク完了" });
        await Expect(completed).ToContainTextAsync("approve");
        await Expect(completed).ToContainTextAsync("内容を確認しました。");
        await Expect(completed).ToContainTextAsync(BrowserAppFixture.AdminEmail);
        await Expect(page.Locator(".djs-element.oca-active")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(page, "the instance page of a completed instance");
    }

    [Fact]
    public async Task The_palette_offers_only_what_the_engine_runs_and_a_validation_problem_selects_its_element()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await CreateDefinitionAsync(page, "browser-palette-" + Guid.NewGuid().ToString("N")[..8], "パレットの確認");

        var actions = await page.Locator(".djs-palette .entry[data-action]").EvaluateAllAsync<string[]>("es => es.map(e => e.getAttribute('data-action'))");
        Assert.Contains("create.user-task", actions);
        Assert.Contains("create.service-task", actions);
        Assert.Contains("create.exclusive-gateway", actions);
        Assert.Contains("create.parallel-gateway", actions);
        Assert.Contains("create.event-gateway", actions);
        Assert.Contains("create.timer-catch", actions);
        Assert.Contains("create.message-start", actions);
        Assert.Contains("create.participant-expanded", actions);
        Assert.DoesNotContain("create.subprocess-expanded", actions);
        Assert.DoesNotContain("create.data-object", actions);
        Assert.DoesNotContain("create.task", actions);

        // A service task without an activity is saved as a draft, and the problem names and selects it.
        await page.Locator(".djs-element[data-element-id='StartEvent_1']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.service-task']").ClickAsync();
        var panel = page.Locator("#workflow-panel");
        await Expect(panel.GetByLabel("実行するアクティビティ（必須）")).ToBeVisibleAsync();
        await panel.GetByLabel("名前", new() { Exact = true }).FillAsync("未設定の処理");
        await panel.GetByLabel("名前", new() { Exact = true }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存して公開" }).ClickAsync();

        var problem = page.Locator("#error-summary li", new() { HasText = "実行するアクティビティが選ばれていません。" }).GetByRole(AriaRole.Button, new() { Name = "未設定の処理" });
        await Expect(problem).ToBeVisibleAsync();
        await Expect(page.Locator("#workflow-canvas[data-loaded]")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page, "the designer with validation problems");
        await page.Locator(".djs-element[data-element-id='StartEvent_1']").ClickAsync();
        await problem.ClickAsync();
        await Expect(page.Locator("#workflow-panel-title")).ToContainTextAsync("未設定の処理");
        await Expect(page.Locator("#workflow-panel-title")).ToBeFocusedAsync();

        // Choosing an activity shows its typed parameters.
        await panel.GetByLabel("実行するアクティビティ（必須）").SelectOptionAsync("Log");
        await Expect(panel.Locator("[data-name='message']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_event_gateway_drawn_after_the_start_offers_only_a_message_or_a_timer_and_is_saved_as_bpmn()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await CreateDefinitionAsync(page, "browser-gateway-" + Guid.NewGuid().ToString("N")[..8], "回答か期限か");

        await page.Locator(".djs-element[data-element-id='StartEvent_1']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.event-gateway']").ClickAsync();
        await Expect(page.Locator("#workflow-panel")).ToContainTextAsync("先に起きたものへ進みます");
        var gateway = await page.Locator(".djs-element.selected").GetAttributeAsync("data-element-id");
        var appends = await page.Locator(".djs-context-pad .entry[data-action^='append.']").EvaluateAllAsync<string[]>("es => es.map(e => e.getAttribute('data-action'))");
        Assert.Equal(["append.message-catch", "append.timer-catch"], appends.Order(StringComparer.Ordinal).ToArray());

        await page.Locator(".djs-context-pad .entry[data-action='append.timer-catch']").ClickAsync();
        var panel = page.Locator("#workflow-panel");
        await panel.GetByLabel("値（必須）").FillAsync("P14D");
        await panel.GetByLabel("値（必須）").PressAsync("Tab");
        await page.Locator($".djs-element[data-element-id='{gateway}']").ClickAsync();
        await page.Locator(".djs-context-pad .entry[data-action='append.message-catch']").ClickAsync();
        await Expect(panel).ToContainTextAsync("メッセージ（イベント）");
        await AxeAssert.NoViolationsAsync(page, "the designer after an event gateway");

        await page.GetByRole(AriaRole.Button, new() { Name = "下書きを保存" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("下書き（第1版）を保存しました。");
        var xml = await page.Locator("#workflow-xml").InputValueAsync();
        Assert.Contains($"<bpmn:eventBasedGateway id=\"{gateway}\"", xml, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(xml, $"<bpmn:sequenceFlow id=\"[^\"]+\" sourceRef=\"{gateway}\"").Count);
        Assert.Matches("<bpmn:timeDuration[^>]*>P14D</bpmn:timeDuration>", xml);
    }

    [Fact]
    public async Task A_bpmn_file_is_imported_without_script_and_a_broken_one_is_refused_with_its_problems()
    {
        var page = await app.NewAdminPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/admin/workflows");
        var name = "browser-import-" + Guid.NewGuid().ToString("N")[..8];

        await page.Locator("#Import_File").SetInputFilesAsync(new FilePayload { Name = "broken.bpmn", MimeType = "application/xml", Buffer = "<not-xml"u8.ToArray() });
        await page.GetByLabel("名前（空欄ならファイル名から）").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "インポート" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#Import_File")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(page, "the definitions page after a refused import");

        var xml = ImportedXml.Replace("{name}", name, StringComparison.Ordinal);
        await page.Locator("#Import_File").SetInputFilesAsync(new FilePayload { Name = name + ".bpmn", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(xml) });
        await page.GetByLabel("名前（空欄ならファイル名から）").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "インポート" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + $"/admin/workflows/{name}/edit");
        await Expect(page.Locator(".notice")).ToContainTextAsync("インポートしました");
        await Expect(page.Locator(".djs-element[data-element-id='Review']")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "エクスポート", Exact = true }).First.ClickAsync());
        Assert.Equal($"{name}-v1.bpmn", download.SuggestedFilename);
    }

    public static TheoryData<string> WorkflowPages => new()
    {
        "/admin/workflows", "/admin/workflows/tasks", "/admin/workflows/instances", "/admin/workflows/instances?status=Completed",
    };

    [Theory]
    [MemberData(nameof(WorkflowPages))]
    public async Task Workflow_admin_page_has_no_axe_violations(string url)
    {
        using var tab = await app.AdminTabAsync();

        var response = await tab.Page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await AxeAssert.NoViolationsAsync(tab.Page, url);
    }

    private static async Task CreateDefinitionAsync(IPage page, string name, string title)
    {
        await page.GotoAsync("/admin/workflows");
        await page.GetByLabel("名前（英小文字・数字・ハイフン）").FillAsync(name);
        await page.GetByLabel("タイトル（日本語）").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "作成して設計する" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/workflows/{name}/edit$"));
        await Expect(page.Locator("#workflow-canvas[data-loaded]")).ToBeVisibleAsync();
    }

    private const string ImportedXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:oca="http://opencity-aomori.jp/schema/bpmn/1.0" id="Defs_{name}" targetNamespace="http://opencity-aomori.jp/test">
          <bpmn:process id="Process_{name}" name="取り込んだ流れ" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" name="確認">
              <bpmn:extensionElements><oca:properties><oca:property name="role">DeskStaff</oca:property></oca:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="D1">
            <bpmndi:BPMNPlane id="P1" bpmnElement="Process_{name}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}

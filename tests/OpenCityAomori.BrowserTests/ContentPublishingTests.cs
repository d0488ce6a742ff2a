using Microsoft.Playwright;
using OpenCityAomori.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenCityAomori.BrowserTests;

/// <summary>An editor writes, previews and publishes a case study; a visitor then finds it by searching.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentPublishingTests(BrowserAppFixture app)
{
    private const string Title = "雪国ドローン配送の実証実験";
    private const string Slug = "snow-drone-delivery";
    private const string Partner = "株式会社ユキソラ物流";

    [Fact]
    public async Task Editor_writes_previews_and_publishes_a_case_study_that_a_visitor_finds_by_search_and_opens()
    {
        var editor = await app.NewAdminPageAsync();
        await using var editorContext = editor.Context;
        await editor.GotoAsync("/admin/contents/new/CaseStudy");

        await editor.Locator("[name='Title']").FillAsync(Title);
        await editor.Locator("[name='Slug']").FillAsync(Slug);
        await editor.Locator("[name='Fields.partners']").FillAsync(Partner);
        await editor.Locator("[name='Fields.municipality']").FillAsync("青森市");
        await editor.Locator("[name='Fields.scheme']").SelectOptionAsync("pilot");
        await editor.Locator("[name='Fields.startDate']").FillAsync("2026-02-10");
        await editor.Locator("[name='Fields.summary']").FillAsync("積雪期の中山間地域へドローンで日用品を届ける実証実験。");
        await editor.Locator("[name='Fields.body']").FillAsync("## 実験の内容\n\n豪雪地帯での**ドローン配送**を検証しました。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "下書き保存", Exact = true }).ClickAsync();

        await Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/contents/[^/]+/edit$"));
        await editor.GetByRole(AriaRole.Link, new() { Name = "プレビュー（最新の版）" }).ClickAsync();
        await Expect(editor.Locator(".preview-banner")).ToContainTextAsync("未公開の下書き");
        await Expect(editor.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(editor.Locator("main")).ToContainTextAsync("令和8年2月10日（2026年）");

        var visitor = await app.NewPageAsync();
        await using var visitorContext = visitor.Context;
        var hidden = await visitor.GotoAsync("/cases/" + Slug);
        Assert.Equal(404, hidden!.Status);

        await editor.GoBackAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "最新の版を公開", Exact = true }).ClickAsync();
        await Expect(editor.Locator("p.notice")).ToBeVisibleAsync();

        await SearchUntilFoundAsync(visitor, "ユキソラ");
        await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();

        await Expect(visitor).ToHaveURLAsync(app.BaseUrl + "/cases/" + Slug);
        await Expect(visitor.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(visitor.Locator("main")).ToContainTextAsync(Partner);
        await Expect(visitor.Locator("main strong")).ToHaveTextAsync("ドローン配送");
        await AxeAssert.NoViolationsAsync(visitor, "the case study the editor published");
    }

    [Fact]
    public async Task Visitor_searches_in_half_width_katakana_and_reaches_the_upcycling_case_by_keyboard()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "検索" }).ClickAsync();
        await page.GetByLabel("検索する言葉").FillAsync("ｱｯﾌﾟｻｲｸﾙ");
        await page.GetByLabel("検索する言葉").PressAsync("Enter");

        // The seeded agreement of the same project is found too; the case study is the one this visitor opens.
        var result = page.Locator("a[href='/cases/aomori-creema-nebuta-washi-upcycling']");
        await Expect(result).ToBeVisibleAsync();
        await Expect(page.Locator("mark").First).ToHaveTextAsync("アップサイクル");
        await Expect(page.GetByLabel("検索する言葉")).ToHaveValueAsync("ｱｯﾌﾟｻｲｸﾙ");
        await AxeAssert.NoViolationsAsync(page, "search results");

        await result.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("ねぶた和紙のアップサイクルプロジェクト");
        await Expect(page.Locator("main")).ToContainTextAsync("株式会社Creema");
    }

    /// <summary>Each node indexes in the background: a published item is searchable within seconds, not at once.</summary>
    private static async Task SearchUntilFoundAsync(IPage page, string query)
    {
        var link = page.GetByRole(AriaRole.Link, new() { Name = Title });
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GotoAsync("/search?q=" + Uri.EscapeDataString(query));
            if (await link.CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        await Expect(link).ToBeVisibleAsync();
    }
}

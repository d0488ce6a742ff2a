using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Benchmarks.Corpus;

/// <summary>The portal's content types as the brief declares them (facet fields included), for the generated corpus.</summary>
internal static class BenchTypes
{
    public static readonly ContentTypeDefinition CaseStudy = new("CaseStudy", new("連携事例", "Case studies"),
    [
        new("partners", new("連携事業者", "Partners"), ContentFieldKind.Tags),
        new("municipality", new("自治体", "Municipality"), ContentFieldKind.Text) { IsFacet = true },
        new("program", new("制度・窓口", "Programme"), ContentFieldKind.Text),
        Select("scheme", "連携の形", "Scheme", ("partnership", "連携事業", "Partnership"), ("pilot", "実証実験", "Pilot"), ("agreement", "連携協定", "Agreement"), ("other", "その他", "Other")),
        new("startDate", new("開始日", "Start date"), ContentFieldKind.Date),
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
        new("tags", new("タグ", "Tags"), ContentFieldKind.Tags) { IsFacet = true },
    ])
    { RoutePrefix = "cases", DateField = "startDate", SummaryField = "summary", BodyField = "body" };

    public static readonly ContentTypeDefinition Challenge = new("Challenge", new("行政課題", "Challenges"),
    [
        new("department", new("担当課", "Department"), ContentFieldKind.Text) { IsFacet = true },
        new("postedOn", new("掲載日", "Posted on"), ContentFieldKind.Date),
        Select("status", "募集状況", "Status", ("open", "募集中", "Open"), ("closed", "募集終了", "Closed")),
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("background", new("背景・現状", "Background"), ContentFieldKind.Markdown),
        new("tags", new("タグ", "Tags"), ContentFieldKind.Tags) { IsFacet = true },
    ])
    { RoutePrefix = "challenges", DateField = "postedOn", SummaryField = "summary", BodyField = "background" };

    public static readonly ContentTypeDefinition News = new("News", new("お知らせ", "News"),
    [
        new("date", new("日付", "Date"), ContentFieldKind.Date),
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
        Select("category", "分類", "Category", ("announcement", "お知らせ", "Announcement"), ("event", "イベント", "Event"), ("press", "報道発表", "Press release")),
        new("tags", new("タグ", "Tags"), ContentFieldKind.Tags) { IsFacet = true },
    ])
    { RoutePrefix = "news", DateField = "date", SummaryField = "summary", BodyField = "body" };

    public static readonly ContentTypeDefinition Faq = new("FAQ", new("よくある質問", "FAQ"),
    [
        new("answer", new("回答", "Answer"), ContentFieldKind.Markdown),
        Select("category", "分類", "Category", ("proposal", "提案について", "Proposals"), ("pilot", "実証実験について", "Pilots"), ("general", "その他", "General")),
    ])
    { RoutePrefix = "faq", BodyField = "answer" };

    public static readonly ContentTypeDefinition Method = new("CollaborationMethod", new("連携手法", "Collaboration methods"),
    [
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
    ])
    { RoutePrefix = "methods", SummaryField = "summary", BodyField = "body" };

    public static readonly ContentTypeDefinition Page = new("Page", new("ページ", "Pages"),
    [
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
    ])
    { SummaryField = "summary", BodyField = "body" };

    public static readonly IReadOnlyDictionary<string, ContentTypeDefinition> All =
        new[] { CaseStudy, Challenge, News, Faq, Method, Page }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static ContentFieldDefinition Select(string name, string ja, string en, params (string Value, string Ja, string En)[] options) =>
        new(name, new(ja, en), ContentFieldKind.Select) { IsFacet = true, Options = options.Select(o => new ContentFieldOption(o.Value, new(o.Ja, o.En))).ToList() };
}

using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>The portal's content types; every module uses exactly these type and field names.</summary>
internal sealed partial class PortalContentTypes : IContentTypeProvider
{
    public const string Page = "Page";
    public const string News = "News";
    public const string CaseStudy = "CaseStudy";
    public const string Challenge = "Challenge";
    public const string Faq = "FAQ";
    public const string CollaborationMethod = "CollaborationMethod";

    public static readonly IReadOnlyList<ContentTypeDefinition> All =
        [PageType(), NewsType(), CaseStudyType(), ChallengeType(), FaqType(), MethodType()];

    public IEnumerable<ContentTypeDefinition> GetTypes() => All;

    public static ContentTypeDefinition Get(string name) => All.First(t => t.Name == name);

    private static ContentFieldDefinition Field(string name, string ja, string en, ContentFieldKind kind) => new(name, new(ja, en), kind);

    private static ContentFieldOption Option(string value, string ja, string en) => new(value, new(ja, en));

    private static LocalizedText Hint(string ja, string en) => new(ja, en);

    private static ContentFieldDefinition Summary(bool required) =>
        Field("summary", "概要", "Summary", ContentFieldKind.MultilineText) with
        {
            Required = required,
            MaxLength = 1000,
            Hint = Hint("一覧や検索結果、SNSでの共有時に表示される短い説明です。", "A short description shown in lists, search results and when shared."),
        };

    private static ContentFieldDefinition Image() =>
        Field("image", "画像", "Image", ContentFieldKind.Media) with
        {
            Hint = Hint("メディアライブラリの画像（代替テキストが必要です）。", "An image from the media library (alt text required)."),
        };

    private static ContentFieldDefinition Tags() =>
        Field("tags", "タグ", "Tags", ContentFieldKind.Tags) with
        {
            IsFacet = true,
            Hint = Hint("キーワードを一つずつ入力します（例：AI、観光）。", "Keywords, one at a time (e.g. AI, tourism)."),
        };

    private static ContentTypeDefinition PageType() =>
        new(Page, new("ページ", "Page"),
        [
            Summary(required: false),
            Field("body", "本文", "Body", ContentFieldKind.Markdown) with { Required = true },
            Field("menuOrder", "メニューの順番", "Menu order", ContentFieldKind.Number) with
            {
                Hint = Hint("入力するとメインメニューにこの順番で表示されます。空欄ならメニューに出ません。",
                    "When set, the page appears in the main menu in this order; leave empty to keep it out of the menu."),
            },
            Image(),
        ])
        {
            RoutePrefix = string.Empty,
            SummaryField = "summary",
            BodyField = "body",
        };

    private static ContentTypeDefinition NewsType() =>
        new(News, new("お知らせ", "News"),
        [
            Field("date", "日付", "Date", ContentFieldKind.Date) with { Required = true },
            Summary(required: false),
            Field("body", "本文", "Body", ContentFieldKind.Markdown) with { Required = true },
            Field("category", "区分", "Category", ContentFieldKind.Select) with
            {
                IsFacet = true,
                Options =
                [
                    Option("announcement", "お知らせ", "Announcement"),
                    Option("event", "イベント", "Event"),
                    Option("press", "報道発表", "Press release"),
                ],
            },
            Tags(),
            Image(),
        ])
        {
            RoutePrefix = "news",
            DateField = "date",
            SummaryField = "summary",
            BodyField = "body",
        };

    private static ContentTypeDefinition FaqType() =>
        new(Faq, new("よくある質問", "FAQ"),
        [
            Field("answer", "回答", "Answer", ContentFieldKind.Markdown) with
            {
                Required = true,
                Hint = Hint("質問はタイトルに書きます。", "Write the question as the title."),
            },
            Field("category", "分類", "Category", ContentFieldKind.Select) with
            {
                IsFacet = true,
                Options =
                [
                    Option("proposal", "提案について", "About proposals"),
                    Option("pilot", "実証実験について", "About pilot projects"),
                    Option("general", "その他", "Other"),
                ],
            },
            Field("order", "表示順", "Display order", ContentFieldKind.Number),
        ])
        {
            RoutePrefix = "faq",
            BodyField = "answer",
        };

    private static ContentTypeDefinition MethodType() =>
        new(CollaborationMethod, new("連携手法", "Collaboration method"),
        [
            Summary(required: true),
            Field("body", "本文", "Body", ContentFieldKind.Markdown),
            Field("order", "表示順", "Display order", ContentFieldKind.Number),
            Field("links", "関連リンク", "Related links", ContentFieldKind.Group) with
            {
                Fields =
                [
                    Field("label", "リンクの名前", "Link text", ContentFieldKind.Text),
                    Field("url", "URL", "URL", ContentFieldKind.Link),
                ],
            },
        ])
        {
            RoutePrefix = "methods",
            SummaryField = "summary",
            BodyField = "body",
        };
}

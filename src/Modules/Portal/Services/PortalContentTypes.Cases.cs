using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>連携事例 and 行政課題: the types proposers read most.</summary>
internal sealed partial class PortalContentTypes
{
    public const string CollaborationItems = "collaborationItems";
    public const string ExpectedEffects = "expectedEffects";

    /// <summary>The staff page of the record a case came from: kept for staff, never rendered nor published as open data.</summary>
    public const string SourceRecord = "sourceRecord";

    private static ContentFieldOption[] Parties() =>
    [
        Option("city", "市", "City"),
        Option("business", "事業者", "Business"),
    ];

    private static ContentTypeDefinition CaseStudyType() =>
        new(CaseStudy, new("連携事例", "Case study"),
        [
            Field("partners", "連携事業者", "Partners", ContentFieldKind.Tags) with
            {
                Required = true,
                Hint = Hint("企業・大学・団体の名前を一つずつ入力します。", "Companies, universities or organisations, one at a time."),
            },
            Field("municipality", "自治体", "Municipality", ContentFieldKind.Text) with
            {
                Required = true,
                IsFacet = true,
                MaxLength = 100,
                Hint = Hint("例：青森市、仙台市", "e.g. Aomori City, Sendai City"),
            },
            Field("program", "制度・窓口の名前", "Programme", ContentFieldKind.Text) with
            {
                MaxLength = 200,
                Hint = Hint("自治体の公民連携の制度やポータルの名前（例：クロス・センダイ・ラボ）。", "The city's partnership programme or portal (e.g. X-SENDAI LAB)."),
            },
            Field("scheme", "連携の形", "Scheme", ContentFieldKind.Select) with
            {
                Required = true,
                IsFacet = true,
                Options =
                [
                    Option("partnership", "連携事業", "Partnership project"),
                    Option("pilot", "実証実験", "Pilot project"),
                    Option("agreement", "連携協定", "Partnership agreement"),
                    Option("other", "その他", "Other"),
                ],
            },
            Field("startDate", "開始日", "Start date", ContentFieldKind.Date),
            Field("endDate", "終了日", "End date", ContentFieldKind.Date),
            Field("schedule", "スケジュール", "Schedule", ContentFieldKind.Group) with
            {
                Hint = Hint("例：作品制作者募集／令和5年7月5日～30日", "e.g. Call for makers / 5–30 July 2023"),
                Fields =
                [
                    Field("label", "項目", "Item", ContentFieldKind.Text),
                    Field("value", "時期", "When", ContentFieldKind.Text),
                ],
            },
            Summary(required: true),
            Field("body", "本文", "Body", ContentFieldKind.Markdown),
            Field("contributions", "提供リソース", "Contributions", ContentFieldKind.Group) with
            {
                Hint = Hint("市と事業者がそれぞれ提供したヒト・モノ・カネ・情報。", "The people, goods, money and information each side provided."),
                Fields =
                [
                    Field("party", "提供者", "Provided by", ContentFieldKind.Select) with { Options = Parties() },
                    Field("category", "種類", "Kind", ContentFieldKind.Select) with
                    {
                        Options =
                        [
                            Option("people", "ヒト", "People"),
                            Option("goods", "モノ", "Goods"),
                            Option("money", "カネ", "Money"),
                            Option("information", "情報", "Information"),
                        ],
                    },
                    Field("text", "内容", "What", ContentFieldKind.Text),
                ],
            },
            Field("benefits", "メリット", "Benefits", ContentFieldKind.Group) with
            {
                Fields =
                [
                    Field("party", "対象", "For", ContentFieldKind.Select) with { Options = Parties() },
                    Field("text", "内容", "What", ContentFieldKind.Text),
                ],
            },
            Field(CollaborationItems, "連携事項", "Collaboration items", ContentFieldKind.Group) with
            {
                Hint = Hint("協定などで連携する事項を一つずつ。", "What the partners work together on, one item a row."),
                Fields = [Field("item", "連携事項", "Item", ContentFieldKind.Text) with { MaxLength = 300 }],
            },
            Field(ExpectedEffects, "期待される効果", "Expected effects", ContentFieldKind.MultilineText),
            Tags(),
            Image(),
            Field("sourceUrl", "出典", "Source", ContentFieldKind.Link) with
            {
                Hint = Hint("事例を紹介している公式ページのURL。", "The official page that describes the case."),
            },
            Field(SourceRecord, "元の記録（職員用）", "Source record (staff only)", ContentFieldKind.Link) with
            {
                Hint = Hint("事例のもとになった協定・実証実験の管理画面のパス。公開ページには表示されません。",
                    "The admin page of the agreement or pilot the case comes from. Never shown on the public pages."),
            },
        ])
        {
            RoutePrefix = "cases",
            DateField = "startDate",
            SummaryField = "summary",
            BodyField = "body",
        };

    private static ContentTypeDefinition ChallengeType() =>
        new(Challenge, new("行政課題", "Challenge"),
        [
            Field("departmentCode", "担当課", "Department", ContentFieldKind.Department) with
            {
                Required = true,
                NameField = "department",
                Hint = Hint("組織の一覧にある課から選びます。課題提案はこの課に回付されます。", "Chosen from the directory's departments; proposals on the challenge are routed to it."),
            },
            Field("department", "担当課の名前", "Department name", ContentFieldKind.Text) with
            {
                IsFacet = true,
                MaxLength = 100,
                Hint = Hint("保存のたびに組織の一覧から記録されます（オープンデータの department）。", "Recorded from the directory on every save (department in the open data)."),
            },
            Field("postedOn", "掲載日", "Posted on", ContentFieldKind.Date) with { Required = true },
            Field("deadline", "提案の締切", "Proposal deadline", ContentFieldKind.Date),
            Field("status", "募集状況", "Status", ContentFieldKind.Select) with
            {
                Required = true,
                IsFacet = true,
                Options =
                [
                    Option("open", "募集中", "Open"),
                    Option("closed", "募集終了", "Closed"),
                ],
            },
            Summary(required: true),
            Field("background", "背景・現状", "Background", ContentFieldKind.Markdown) with { Required = true },
            Field("desiredOutcome", "求める成果", "Desired outcome", ContentFieldKind.Markdown) with { Required = true },
            Field("howToPropose", "提案方法", "How to propose", ContentFieldKind.Markdown),
            Tags(),
        ])
        {
            RoutePrefix = "challenges",
            OwnerDepartmentField = "departmentCode",
            DateField = "postedOn",
            SummaryField = "summary",
            BodyField = "background",
        };
}

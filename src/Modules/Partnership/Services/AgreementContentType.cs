using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// The public face of signed agreements: the content type "Agreement", listed by the portal at /partnerships
/// (and /en/partnerships) with a page per agreement, searchable. Items are written only by <see cref="AgreementPublication"/>.
/// </summary>
internal sealed class AgreementContentType : IContentTypeProvider
{
    public const string Name = "Agreement";

    private static readonly ContentTypeDefinition Type = new(Name, new("連携協定", "Partnership agreement"),
    [
        Field("agreementType", "協定の種類", "Kind of agreement", ContentFieldKind.Select) with
        {
            Required = true,
            IsFacet = true,
            Options =
            [
                Option("comprehensive", "包括連携協定", "Comprehensive partnership agreement"),
                Option("business", "事業連携協定", "Business partnership agreement"),
                Option("memorandum", "覚書", "Memorandum"),
                Option("none", "協定なし（個別の連携事業）", "No agreement (joint project)"),
            ],
            Hint = new("この項目は連携協定の台帳から自動で更新されます。台帳で編集してください。", "Kept in step with the agreements registry: edit it there."),
        },
        Field("status", "状況", "Status", ContentFieldKind.Select) with
        {
            IsFacet = true,
            Options = [Option("signed", "締結", "Signed"), Option("inEffect", "実施中", "In effect"), Option("ended", "終了", "Ended")],
        },
        Field("partners", "連携先", "Partners", ContentFieldKind.Tags) with { Required = true },
        Field("department", "担当課", "Lead department", ContentFieldKind.Text) with { IsFacet = true, MaxLength = 100 },
        Field("signedOn", "締結日", "Signed on", ContentFieldKind.Date),
        Field("termStart", "期間の開始", "Term from", ContentFieldKind.Date),
        Field("termEnd", "期間の終了", "Term to", ContentFieldKind.Date),
        Field("year", "年", "Year", ContentFieldKind.Text) with { IsFacet = true, MaxLength = 4 },
        Field("summary", "概要", "Summary", ContentFieldKind.MultilineText) with { MaxLength = 1000 },
        Field("items", "連携事項", "Areas of collaboration", ContentFieldKind.Group) with
        {
            Fields = [Field("text", "連携事項", "Area", ContentFieldKind.Text) with { MaxLength = 500 }],
        },
        Field("goals", "共有する目標", "Shared goals", ContentFieldKind.Group) with
        {
            Fields = [Field("text", "目標", "Goal", ContentFieldKind.Text) with { MaxLength = 500 }],
        },
        Field("effectsCity", "期待される効果（市）", "Expected effects for the city", ContentFieldKind.MultilineText) with { MaxLength = 2000 },
        Field("effectsPartner", "期待される効果（連携先）", "Expected effects for the partner", ContentFieldKind.MultilineText) with { MaxLength = 2000 },
    ])
    {
        RoutePrefix = "partnerships",
        SummaryField = "summary",
        DateField = "signedOn",
        Searchable = true,
        PublicList = new ContentPublicList(
            new("連携協定", "Partnership agreements"),
            new(
                "青森市が企業・大学・団体等と締結した連携協定と、協定によらない連携事業の一覧です。協定の種類や年で絞り込めます。",
                "The partnership agreements Aomori City has signed with companies, universities and organisations, and joint projects run without one. Filter them by kind and year."),
            ["agreementType", "year"],
            20,
            105),
    };

    public IEnumerable<ContentTypeDefinition> GetTypes() => [Type];

    private static ContentFieldDefinition Field(string name, string ja, string en, ContentFieldKind kind) => new(name, new(ja, en), kind);

    private static ContentFieldOption Option(string value, string ja, string en) => new(value, new LocalizedText(ja, en));
}

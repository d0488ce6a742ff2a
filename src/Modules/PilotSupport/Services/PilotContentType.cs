using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// The portal's 実証実験 pages: a content type whose items this module keeps in step with its pilots
/// (<see cref="PilotPublicPages"/>), listed at /pilots with filters by status and year.
/// </summary>
internal sealed class PilotContentType : IContentTypeProvider
{
    public const string Name = "Pilot";

    public static readonly ContentTypeDefinition Definition = new(Name, new("実証実験", "Pilot project"),
    [
        Field("partners", "実施事業者", "Run by", ContentFieldKind.Tags) with { Required = true },
        Field("status", "状況", "Status", ContentFieldKind.Select) with
        {
            Required = true,
            IsFacet = true,
            Options =
            [
                new("running", new("実施中", "Running")),
                new("reporting", new("報告待ち", "Awaiting the report")),
                new("completed", new("完了", "Completed")),
            ],
        },
        Field("year", "実施年", "Year", ContentFieldKind.Text) with { IsFacet = true, MaxLength = 4 },
        Field("startDate", "開始日", "Start date", ContentFieldKind.Date) with { Required = true },
        Field("endDate", "終了日", "End date", ContentFieldKind.Date),
        Field("place", "実施場所", "Place", ContentFieldKind.Text) with { MaxLength = 300 },
        Field("department", "担当課", "Department", ContentFieldKind.Text) with { IsFacet = true, MaxLength = 100 },
        Field("summary", "概要", "Summary", ContentFieldKind.MultilineText) with { Required = true, MaxLength = 1000 },
        Field("cityProvides", "市が提供するもの", "What the city provides", ContentFieldKind.Tags),
        Field("businessRole", "事業者の役割", "What the business does", ContentFieldKind.Tags),
    ])
    {
        RoutePrefix = "pilots",
        SummaryField = "summary",
        DateField = "startDate",
        Searchable = true,
        PublicList = new(
            new("実証実験", "Pilot projects"),
            new(
                "青森市の実証実験サポートで実施中の実証実験と、これまでに実施した実証実験です。市は実証フィールドや行政データの提供、PRなどで事業者の挑戦を支援しています。",
                "Pilots running now and held before under Aomori City's pilot support: the city backs the businesses with test fields, administrative data and publicity."),
            ["status", "year"],
            20,
            106),
    };

    public IEnumerable<ContentTypeDefinition> GetTypes() => [Definition];

    private static ContentFieldDefinition Field(string name, string ja, string en, ContentFieldKind kind) => new(name, new LocalizedText(ja, en), kind);
}

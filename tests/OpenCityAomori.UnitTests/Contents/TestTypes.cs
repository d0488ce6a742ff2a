using OpenCityAomori.Core.Content;

namespace OpenCityAomori.UnitTests.Contents;

/// <summary>A case-study-like type with a field of each kind the validator knows.</summary>
internal static class TestTypes
{
    public static readonly ContentTypeDefinition Case = new("Case", new("事例", "Case"),
    [
        new("partners", new("連携事業者", "Partners"), ContentFieldKind.Tags) { Required = true },
        new("municipality", new("自治体", "Municipality"), ContentFieldKind.Text) { Required = true, MaxLength = 10 },
        new("scheme", new("連携の形", "Scheme"), ContentFieldKind.Select)
        {
            Required = true,
            Options = [new("partnership", new("連携事業", "Partnership")), new("pilot", new("実証実験", "Pilot"))],
        },
        new("startDate", new("開始日", "Start date"), ContentFieldKind.Date),
        new("order", new("順番", "Order"), ContentFieldKind.Number),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
        new("sourceUrl", new("出典URL", "Source URL"), ContentFieldKind.Link),
        new("benefits", new("メリット", "Benefits"), ContentFieldKind.Group)
        {
            Fields =
            [
                new("party", new("主体", "Party"), ContentFieldKind.Select)
                {
                    Required = true,
                    Options = [new("city", new("市", "City")), new("business", new("事業者", "Business"))],
                },
                new("text", new("内容", "Text"), ContentFieldKind.Text),
            ],
        },
    ]);
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests.Portal;

/// <summary>
/// A site without the recipe whose test module declares a type with a public list (as Partnership declares its
/// agreements), seeded once: three published Japanese items, one English translation, one draft. Tests only read it.
/// </summary>
public sealed class DeclaredListHosts : SharedHosts<DeclaredListSite>
{
    protected override async Task<DeclaredListSite> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, DatabaseContent.Schema);
        var factory = new OcaAppFactory(database, recipe: string.Empty,
            settings: new Dictionary<string, string> { ["Search:SyncIntervalMilliseconds"] = "200" },
            testServices: s => s.AddSingleton<IContentTypeProvider, DeclaredTestTypes>());
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var publish = new Publication(PublishAction.Publish);
        await manager.CreateAsync("pact-ja", DeclaredTestTypes.Agreement, "ja", null, new("除雪の連携協定", "snow-pact", Fields(
            ("summary", "雪に強いまちづくりのための協定。"), ("body", "**除雪**の連携を進めます。"), ("kind", "comprehensive"), ("signedOn", "2024-04-01"),
            ("partners", new[] { "株式会社雪国" }), ("tags", new[] { "防災", "除雪" }), ("website", "https://example.jp/pact"),
            ("items", new[] { Row(("item", "除雪に関すること")), Row(("item", "防災、減災に関すること")) }),
            ("sides", new[] { Row(("party", "city"), ("text", "道路情報の提供"), ("from", "2024-04-01")) }))), null, publish, default);
        await manager.CreateAsync("pact-en", DeclaredTestTypes.Agreement, "en", "pact-ja", new("Snow partnership agreement", "snow-pact", Fields(
            ("summary", "An agreement for a snow-resilient city."), ("kind", "comprehensive"), ("signedOn", "2024-04-01"), ("tags", new[] { "Disaster" }))),
            null, publish, default);
        await manager.CreateAsync("bus-ja", DeclaredTestTypes.Agreement, "ja", null, new("バス運行データの連携協定", "bus-data", Fields(
            ("summary", "バスの運行データを活用する協定。"), ("kind", "business"), ("signedOn", "2023-06-01"), ("tags", new[] { "交通" }))), null, publish, default);
        await manager.CreateAsync("memo-ja", DeclaredTestTypes.Agreement, "ja", null, new("防災訓練の連携協定", "old-memo", Fields(
            ("summary", "防災訓練に関する覚書による協定。"), ("kind", "memorandum"), ("signedOn", "2022-01-10"), ("tags", new[] { "防災" }))), null, publish, default);
        await manager.CreateAsync("draft-ja", DeclaredTestTypes.Agreement, "ja", null, new("準備中の連携協定", "secret-draft", Fields(
            ("summary", "まだ公開しない協定。"), ("kind", "business"), ("signedOn", "2025-01-01"))), null, Publication.Draft, default);
        return new DeclaredListSite(database, factory);
    }

    private static Dictionary<string, string> Row(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static Dictionary<string, JsonElement> Fields(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}

public sealed class DeclaredListSite(TestDatabase database, OcaAppFactory factory) : IAsyncDisposable
{
    public OcaAppFactory Factory { get; } = factory;

    public IServiceProvider Services => Factory.Services;

    public StaffClient NewClient() => Factory.NewClient();

    public Task<StaffClient> AdminClientAsync() => Factory.AdminClientAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>What a scheme module declares: a type with a public list, one whose prefix the site already uses, one without a list.</summary>
public sealed class DeclaredTestTypes : IContentTypeProvider
{
    public const string Agreement = "TestAgreement";

    public IEnumerable<ContentTypeDefinition> GetTypes() =>
    [
        new(Agreement, new("テスト協定", "Test agreement"),
        [
            new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
            new("body", new("本文", "Body"), ContentFieldKind.Markdown),
            new("kind", new("協定の種類", "Kind"), ContentFieldKind.Select)
            {
                IsFacet = true,
                Options =
                [
                    new("comprehensive", new("包括連携協定", "Comprehensive agreement")),
                    new("business", new("事業連携協定", "Business agreement")),
                    new("memorandum", new("覚書", "Memorandum")),
                ],
            },
            new("signedOn", new("締結日", "Signed on"), ContentFieldKind.Date),
            new("partners", new("連携先", "Partners"), ContentFieldKind.Tags),
            new("tags", new("タグ", "Tags"), ContentFieldKind.Tags) { IsFacet = true },
            new("website", new("関連ページ", "Related page"), ContentFieldKind.Link),
            new("items", new("連携事項", "Collaboration items"), ContentFieldKind.Group)
            {
                Fields = [new("item", new("事項", "Item"), ContentFieldKind.Text)],
            },
            new("sides", new("役割分担", "Roles"), ContentFieldKind.Group)
            {
                Fields =
                [
                    new("party", new("主体", "Party"), ContentFieldKind.Select) { Options = [new("city", new("市", "City")), new("business", new("事業者", "Business"))] },
                    new("text", new("内容", "What"), ContentFieldKind.Text),
                    new("from", new("開始", "From"), ContentFieldKind.Date),
                ],
            },
        ])
        {
            RoutePrefix = "test-agreements",
            SummaryField = "summary",
            BodyField = "body",
            DateField = "signedOn",
            PublicList = new(new("テスト協定", "Test agreements"), new("市が結んだテスト協定です。", "Agreements the city signed (test)."),
                ["kind", "tags", "year"], 2, 150),
        },
        new("TestTaken", new("使用中の接頭辞", "Taken prefix"), [new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText)])
        {
            RoutePrefix = "search",
            PublicList = new(new("検索を奪う一覧", "Hijacked search"), new("表示されない", "Never shown"), [], 10, 1),
        },
        new("TestUnlisted", new("一覧のない型", "Unlisted type"), [new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText)])
        {
            RoutePrefix = "test-unlisted",
        },
    ];
}

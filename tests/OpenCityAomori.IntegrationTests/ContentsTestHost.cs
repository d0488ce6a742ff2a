using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// A host for the content kernel's tests: no site recipe (the tests bring their own content) and two
/// test types declared the way modules declare theirs, one served under a prefix and one at the root.
/// </summary>
public sealed class ContentsTestHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private ContentsTestHost(TestDatabase database, OcaAppFactory factory, bool ownsDatabase)
    {
        Database = database;
        Factory = factory;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>Starts a node; with <paramref name="shared"/>, a further node on another node's database (which that node owns).</summary>
    public static async Task<ContentsTestHost> StartAsync(string provider, TestDatabase? shared = null, Action<IServiceCollection>? configure = null)
    {
        var database = shared ?? await TestDatabase.CreateAsync(provider, DatabaseContent.Schema);
        var factory = new OcaAppFactory(database, recipe: string.Empty, testServices: services =>
        {
            services.AddSingleton<IContentTypeProvider, TestContentTypes>();

            // These tests exercise the admin, not the public navigation.
            services.RemoveAll<IPublicNavigationProvider>();
            configure?.Invoke(services);
        });
        _ = factory.Server;
        return new ContentsTestHost(database, factory, ownsDatabase: shared is null);
    }

    public StaffClient NewClient() => Factory.NewClient();

    public Task<StaffClient> AdminClientAsync() => Factory.AdminClientAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>Content hosts shared by the tests of a class, one per provider (see <see cref="SharedHosts{THost}"/>).</summary>
public sealed class SharedContentsHosts : SharedHosts<ContentsTestHost>
{
    protected override Task<ContentsTestHost> StartAsync(string provider) => ContentsTestHost.StartAsync(provider);
}

/// <summary>Types with a field of every kind, as a module would declare them.</summary>
public sealed class TestContentTypes : IContentTypeProvider
{
    public const string Article = "TestArticle";
    public const string Guide = "TestGuide";

    public IEnumerable<ContentTypeDefinition> GetTypes() =>
    [
        new(Article, new("テスト記事", "Test article"),
        [
            new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText) { Required = true },
            new("body", new("本文", "Body"), ContentFieldKind.Markdown),
            new("html", new("HTML本文", "HTML body"), ContentFieldKind.Html),
            new("partners", new("連携事業者", "Partners"), ContentFieldKind.Tags),
            new("startDate", new("開始日", "Start date"), ContentFieldKind.Date),
            new("order", new("順番", "Order"), ContentFieldKind.Number),
            new("scheme", new("連携の形", "Scheme"), ContentFieldKind.Select)
            {
                Options = [new("partnership", new("連携事業", "Partnership")), new("pilot", new("実証実験", "Pilot"))],
                IsFacet = true,
            },
            new("image", new("画像", "Image"), ContentFieldKind.Media),
            new("sourceUrl", new("出典URL", "Source URL"), ContentFieldKind.Link),
            new("related", new("関連記事", "Related article"), ContentFieldKind.Reference) { ReferenceType = Article },
            new("schedule", new("スケジュール", "Schedule"), ContentFieldKind.Group)
            {
                Fields =
                [
                    new("label", new("項目", "Label"), ContentFieldKind.Text) { Required = true },
                    new("value", new("日程", "When"), ContentFieldKind.Text),
                ],
            },
        ])
        {
            RoutePrefix = "test-articles",
            SummaryField = "summary",
            BodyField = "body",
            DateField = "startDate",
        },
        new(Guide, new("テスト案内", "Test guide"),
        [
            new("body", new("本文", "Body"), ContentFieldKind.Markdown) { Required = true },
        ])
        {
            BodyField = "body",
        },
    ];

    public static string Culture(bool english) => english ? Cultures.English : Cultures.Japanese;
}

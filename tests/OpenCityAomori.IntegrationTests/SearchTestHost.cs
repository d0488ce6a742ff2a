using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// A host for search tests: no site recipe, two searchable test types declared as modules declare theirs,
/// a quick sync interval, and its own index folder. Content is changed through the content kernel on
/// this host; search is exercised over HTTP.
/// </summary>
public sealed class SearchTestHost : IAsyncDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly bool _ownsDatabase;

    private SearchTestHost(TestDatabase database, bool ownsDatabase, OcaAppFactory factory)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>Starts a host; with <paramref name="shared"/> it joins another host's database as a second node.</summary>
    public static async Task<SearchTestHost> StartAsync(string provider, TestDatabase? shared = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = shared ?? await TestDatabase.CreateAsync(provider, DatabaseContent.Schema);
        var all = new Dictionary<string, string> { ["Search:SyncIntervalMilliseconds"] = "200" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var factory = new OcaAppFactory(database, recipe: string.Empty, settings: all, testServices: s => s.AddSingleton<IContentTypeProvider, SearchTestTypes>());
        _ = factory.Server;
        return new SearchTestHost(database, shared is null, factory);
    }

    public StaffClient NewClient() => Factory.NewClient();

    public Task<StaffClient> AdminClientAsync() => Factory.AdminClientAsync();

    public async Task<string> CreateAsync(string slug, string title, string body, bool publish, string culture = "ja", string type = SearchTestTypes.Case, params (string Name, object Value)[] fields)
    {
        await using var scope = Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var edit = new ContentEdit(title, slug, Fields([("summary", title + "の概要"), ("body", body), .. fields]));
        var item = await manager.CreateAsync(null, type, culture, null, edit, null, publish ? new Publication(PublishAction.Publish) : Publication.Draft, None);
        return item.ContentItemId;
    }

    /// <summary>Saves a new version of the item, as a draft or published.</summary>
    public async Task SaveAsync(string id, string title, string body, bool publish)
    {
        await using var scope = Services.CreateAsyncScope();
        var item = await FindAsync(scope.ServiceProvider, id);
        var edit = new ContentEdit(title, item.Slug, Fields([("summary", title + "の概要"), ("body", body)]));
        await scope.ServiceProvider.GetRequiredService<ContentManager>().SaveAsync(item, edit, null, publish ? new Publication(PublishAction.Publish) : Publication.Draft, None);
    }

    public async Task PublishAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishAsync(await FindAsync(scope.ServiceProvider, id), None));
    }

    public async Task UnpublishAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(await FindAsync(scope.ServiceProvider, id), None));
    }

    /// <summary>The open-data API's answer for a query (asserting 200).</summary>
    public async Task<JsonElement> ApiAsync(string query, StaffClient? client = null)
    {
        client ??= NewClient();
        using var response = await client.Http.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The status of a GET sent as if from <paramref name="clientAddress"/> (the test server has no real client address).</summary>
    public async Task<HttpStatusCode> StatusFromAsync(IPAddress clientAddress, string pathAndQuery)
    {
        var uri = new Uri(Factory.Server.BaseAddress, pathAndQuery);
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = uri.AbsolutePath;
            c.Request.QueryString = new QueryString(uri.Query);
            c.Connection.RemoteIpAddress = clientAddress;
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    public async Task<IReadOnlyList<string>> ApiIdsAsync(string query) =>
        (await ApiAsync(query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    /// <summary>Polls until <paramref name="condition"/> holds (search catches up in the background), failing after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private static async Task<ContentItem> FindAsync(IServiceProvider services, string id) =>
        await services.GetRequiredService<ContentsDbContext>().Items.SingleAsync(i => i.ContentItemId == id);

    private static Dictionary<string, JsonElement> Fields(IEnumerable<(string Name, object Value)> values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}

/// <summary>Search hosts shared by the tests of a class, one per provider (see <see cref="SharedHosts{THost}"/>).</summary>
public sealed class SharedSearchHosts : SharedHosts<SearchTestHost>
{
    protected override Task<SearchTestHost> StartAsync(string provider) => SearchTestHost.StartAsync(provider);
}

/// <summary>Searchable types for the search tests, named apart from the Portal's.</summary>
public sealed class SearchTestTypes : IContentTypeProvider
{
    public const string Case = "SearchTestCase";
    public const string Memo = "SearchTestMemo";

    public IEnumerable<ContentTypeDefinition> GetTypes() =>
    [
        new(Case, new("検索テスト事例", "Search test case"),
        [
            new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
            new("body", new("本文", "Body"), ContentFieldKind.Markdown),
            new("municipality", new("自治体", "Municipality"), ContentFieldKind.Text) { IsFacet = true },
            new("scheme", new("連携の形", "Scheme"), ContentFieldKind.Select)
            {
                IsFacet = true,
                Options = [new("partnership", new("連携事業", "Partnership")), new("pilot", new("実証実験", "Pilot project"))],
            },
            new("startDate", new("開始日", "Start date"), ContentFieldKind.Date),
        ])
        {
            RoutePrefix = "search-test-cases",
            SummaryField = "summary",
            BodyField = "body",
            DateField = "startDate",
        },
        new(Memo, new("検索テストメモ", "Search test memo"),
        [
            new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
            new("body", new("本文", "Body"), ContentFieldKind.Markdown),
        ])
        {
            RoutePrefix = "search-test-memos",
            SummaryField = "summary",
            BodyField = "body",
            Searchable = false,
        },
    ];
}

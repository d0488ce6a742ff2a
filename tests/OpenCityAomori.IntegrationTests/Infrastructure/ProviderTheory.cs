using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>The database providers every integration test runs against.</summary>
public static class Providers
{
    public static TheoryData<string> All => new() { "Sqlite", "Postgres" };
}

/// <summary>
/// A host on a database of its own, created and torn down around one test: a copy of the Aomori site
/// with its administrator, or, without the administrator, an empty database the host sets up itself.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(TestDatabase database, OcaAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public static async Task<TestHost> StartAsync(
        string provider, bool createAdministrator = true, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        var database = await TestDatabase.CreateAsync(provider, createAdministrator ? DatabaseContent.AomoriSite : DatabaseContent.Empty);
        var factory = new OcaAppFactory(database, createAdministrator, settings: settings, testServices: testServices);
        _ = factory.Server;
        return new TestHost(database, factory);
    }

    public StaffClient NewClient() => Factory.NewClient();

    public Task<StaffClient> AdminClientAsync() => Factory.AdminClientAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

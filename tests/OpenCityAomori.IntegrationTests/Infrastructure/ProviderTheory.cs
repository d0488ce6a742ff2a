namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>The database providers every integration test runs against.</summary>
public static class Providers
{
    public static TheoryData<string> All => new() { "Sqlite", "Postgres" };
}

/// <summary>A host on a fresh database, created and torn down around one test.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(TestDatabase database, OcaAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public static async Task<TestHost> StartAsync(string provider, bool createAdministrator = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new OcaAppFactory(database, createAdministrator, settings: settings);
        _ = factory.Server;
        return new TestHost(database, factory);
    }

    public StaffClient NewClient() => StaffClient.Create(Factory);

    public async Task<StaffClient> AdminClientAsync()
    {
        var client = NewClient();
        await client.LoginAsync(OcaAppFactory.AdminEmail, OcaAppFactory.AdminPassword);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

using System.Collections.Concurrent;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// One host per provider on a copy of the Aomori site, started when a test first asks for it and
/// shared by every test of <see cref="ReadOnlySiteCollection"/>. Only tests that change nothing the
/// others look at belong there: each of them sees the site as the recipe left it.
/// </summary>
public sealed class SharedSiteHosts : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TestHost>>> _hosts = new();

    public Task<TestHost> ForAsync(string provider) =>
        _hosts.GetOrAdd(provider, p => new(() => TestHost.StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await host.Value.Result.DisposeAsync();
        }
    }
}

/// <summary>Tests that only read the seeded site (public pages, open data, feeds, health) and share its hosts.</summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySiteCollection : ICollectionFixture<SharedSiteHosts>
{
    public const string Name = "Read-only Aomori site";
}

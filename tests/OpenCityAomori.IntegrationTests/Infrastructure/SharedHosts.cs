using System.Collections.Concurrent;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// One host per provider, started when a test first asks for it and disposed when the tests that share it
/// (a class through IClassFixture, or a collection) are done: a host start costs far more than most tests.
/// Only tests that write rows of their own and assert on nothing another test of the group changes may share one.
/// </summary>
public abstract class SharedHosts<THost> : IAsyncLifetime
    where THost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<THost>>> _hosts = new();

    public Task<THost> ForAsync(string provider) =>
        _hosts.GetOrAdd(provider, p => new(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await host.Value.Result.DisposeAsync();
        }
    }

    protected abstract Task<THost> StartAsync(string provider);
}

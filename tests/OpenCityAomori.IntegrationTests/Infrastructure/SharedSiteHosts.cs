namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts on a copy of the Aomori site, one per provider, shared by the tests of a class (IClassFixture)
/// or of <see cref="ReadOnlySiteCollection"/>.
/// </summary>
public sealed class SharedSiteHosts : SharedHosts<TestHost>
{
    protected override Task<TestHost> StartAsync(string provider) => TestHost.StartAsync(provider);
}

/// <summary>
/// Tests that only read the seeded site (public pages, open data, feeds, health) and share its hosts: each of
/// them sees the site as the recipe left it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySiteCollection : ICollectionFixture<SharedSiteHosts>
{
    public const string Name = "Read-only Aomori site";
}

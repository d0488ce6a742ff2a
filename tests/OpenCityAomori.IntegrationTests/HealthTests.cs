using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

[Collection(ReadOnlySiteCollection.Name)]
public sealed class HealthTests(SharedSiteHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_and_metrics_endpoints_answer(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();
        await client.GetStringAsync("/");

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Contains("http_server_request_duration", await client.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }
}

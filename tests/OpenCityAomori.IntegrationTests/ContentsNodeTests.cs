using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Two nodes sharing one database: what one publishes, the other's caches let through within seconds.</summary>
public sealed class ContentsNodeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_publication_on_one_node_reaches_the_cached_queries_of_another(string provider)
    {
        await using var first = await ContentsTestHost.StartAsync(provider);
        await using var second = await ContentsTestHost.StartAsync(provider, first.Database);

        // Let the second node poll once, then fill its caches: only a change noticed later can evict them.
        await Task.Delay(ContentChangePoller.PollInterval * 2);
        Assert.Null(await FindAsync(second));
        Assert.Empty(await ListAsync(second));

        var admin = await first.AdminClientAsync();
        using var created = await admin.PostFormAsync("/admin/contents/new/TestGuide", "/admin/contents/new/TestGuide",
            ContentsAdminTests.GuideForm("二つ目のノード", "node", "ja", "publish"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotNull(await FindAsync(first));

        var clock = Stopwatch.StartNew();
        while (await FindAsync(second) is null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "The second node never saw the publication.");
            await Task.Delay(200);
        }

        Assert.Single(await ListAsync(second));
    }

    private static async Task<ContentItemView?> FindAsync(ContentsTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedAsync(TestContentTypes.Guide, "ja", "node", CancellationToken.None);
    }

    private static async Task<IReadOnlyList<ContentItemView>> ListAsync(ContentsTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQuery>().ListPublishedAsync(TestContentTypes.Guide, "ja", CancellationToken.None);
    }
}

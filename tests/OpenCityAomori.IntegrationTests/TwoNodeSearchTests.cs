using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Two nodes on one PostgreSQL database, each with its own index, converge through the indexing-task table.</summary>
public sealed class TwoNodeSearchTests
{
    [Fact]
    public async Task An_item_published_on_one_node_is_found_by_the_other_nodes_api()
    {
        await using var first = await SearchTestHost.StartAsync("Postgres");
        await using var second = await SearchTestHost.StartAsync("Postgres", first.Database);
        Assert.NotEqual(first.Factory.SearchIndexPath, second.Factory.SearchIndexPath);

        var id = await first.CreateAsync("two-nodes", "二つのノードで共有する事例", "浅虫温泉の連携事業。", publish: true);
        await SearchTestHost.EventuallyAsync(async () => (await second.ApiIdsAsync("浅虫温泉")).Contains(id), "the second node finds the item published on the first", seconds: 30);

        await first.UnpublishAsync(id);
        await SearchTestHost.EventuallyAsync(async () => (await second.ApiIdsAsync("浅虫温泉")).Count == 0, "the second node drops the unpublished item", seconds: 30);
        // Each node applies the change on its own round: the first may be a moment behind the second.
        await SearchTestHost.EventuallyAsync(async () => (await first.ApiIdsAsync("浅虫温泉")).Count == 0, "the first node drops the item it unpublished", seconds: 30);
    }
}

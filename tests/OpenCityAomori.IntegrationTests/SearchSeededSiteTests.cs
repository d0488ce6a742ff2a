using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The aomori recipe's content, with the portal's real types, is found by search right after start-up.</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed class SearchSeededSiteTests(SharedSiteHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_seeded_case_studies_are_found_in_japanese_and_english_with_facets_of_the_portal_types(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();
        string page = string.Empty;
        await SearchTestHost.EventuallyAsync(async () =>
        {
            page = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("歩行量調査"));
            return page.Contains("/cases/aomori-lightblue-ai-pedestrian-count", StringComparison.Ordinal);
        }, "the seeded content is indexed after start-up", seconds: 30);

        Assert.Contains("<mark>歩行量調査</mark>", page, StringComparison.Ordinal);
        Assert.Contains("連携の形", page, StringComparison.Ordinal);
        Assert.Contains("実証実験 <span class=\"facet-count\">", page, StringComparison.Ordinal);
        Assert.Contains("連携事例 <span class=\"facet-count\">", page, StringComparison.Ordinal);
        Assert.Contains("令和5年6月23日（2023年）", page, StringComparison.Ordinal);

        var english = await client.GetStringAsync("/en/search?q=pedestrians&scheme=pilot");
        Assert.Contains("/en/cases/aomori-lightblue-ai-pedestrian-count", english, StringComparison.Ordinal);
        Assert.Contains("Pilot project <span class=\"facet-count\">", english, StringComparison.Ordinal);
        Assert.Contains("23 June 2023", english, StringComparison.Ordinal);

        var halfWidth = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("ＡＩ 歩行量"));
        Assert.Contains("/cases/aomori-lightblue-ai-pedestrian-count", halfWidth, StringComparison.Ordinal);
    }
}

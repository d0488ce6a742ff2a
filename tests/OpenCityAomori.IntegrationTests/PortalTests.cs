using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

[Collection(ReadOnlySiteCollection.Name)]
public sealed class PortalTests(SharedSiteHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Home_page_is_Japanese_and_shows_the_desk_and_its_address_from_the_recipe(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("青森市公民連携デスク", html, StringComparison.Ordinal);
        Assert.Contains("〒030-8505", html, StringComparison.Ordinal);
        Assert.Contains("柳川庁舎3階", html, StringComparison.Ordinal);
        Assert.Contains("017-761-4154", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/principles\"", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_guide_page_exists_in_Japanese_and_English_with_a_switch_to_its_translation(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();
        string[] slugs = ["desk", "about", "principles", "proposal-system", "flows", "other-methods", "notice"];

        foreach (var slug in slugs)
        {
            var ja = await client.GetStringAsync("/" + slug);
            var en = await client.GetStringAsync("/en/" + slug);
            Assert.Contains("<html lang=\"ja\">", ja, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
            Assert.Contains($"href=\"/en/{slug}\"", ja, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{slug}\"", en, StringComparison.Ordinal);
        }

        var principles = await client.GetStringAsync("/principles");
        foreach (var principle in new[] { "対等", "対話", "目標共有", "相互メリット", "公平性確保" })
        {
            Assert.Contains(principle, principles, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_pages_answer_404_with_a_themed_page_and_security_headers(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        using var response = await client.Http.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}

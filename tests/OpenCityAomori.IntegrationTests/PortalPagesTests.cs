using System.Net;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The public pages of each content type, on the aomori recipe's demo content.</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed partial class PortalPagesTests(SharedSiteHosts hosts)
{
    private const string LightblueCase = "aomori-lightblue-ai-pedestrian-count";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Home_page_shows_latest_news_open_challenges_and_featured_cases_in_each_language(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        var ja = await client.GetStringAsync("/");
        var en = await client.GetStringAsync("/en");

        Assert.Contains("募集中の行政課題", ja, StringComparison.Ordinal);
        Assert.Contains("href=\"/challenges/snow-removal-information\"", ja, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/challenges/nebuta-washi-reuse\"", ja, StringComparison.Ordinal); // closed
        Assert.Contains("href=\"/news/partnership-briefing-2026\"", ja, StringComparison.Ordinal); // newest news
        Assert.DoesNotContain("href=\"/news/desk-opening\"", ja, StringComparison.Ordinal); // older than the latest three
        Assert.Equal(4, CaseCards().Matches(ja).Count);
        Assert.Contains("href=\"/cases\"", ja, StringComparison.Ordinal);
        Assert.Contains("href=\"/faq\"", ja, StringComparison.Ordinal);
        Assert.Contains("href=\"/methods\"", ja, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\"", ja, StringComparison.Ordinal);

        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Open challenges", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/challenges/snow-removal-information\"", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/news/partnership-briefing-2026\"", en, StringComparison.Ordinal);
        Assert.Equal(4, CaseCards().Matches(en).Count);
        Assert.Contains("href=\"/en/feed.atom\"", en, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_list_and_detail_page_exists_in_both_languages_and_switches_to_its_translation(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();
        (string List, string Slug, string Query)[] pages =
        [
            ("cases", LightblueCase, "?scheme=pilot"), ("challenges", "snow-removal-information", ""), ("news", "desk-opening", ""),
            ("faq", "who-can-propose", ""), ("methods", "pfi", ""),
        ];

        foreach (var (list, slug, query) in pages)
        {
            var jaList = await client.GetStringAsync($"/{list}{query}");
            var enList = await client.GetStringAsync($"/en/{list}{query}");
            Assert.Contains($"href=\"/{list}/{slug}\"", jaList, StringComparison.Ordinal);
            Assert.Contains($"href=\"/en/{list}/{slug}\"", enList, StringComparison.Ordinal);
            Assert.Contains($"class=\"lang-switch\" href=\"/en/{list}\"", jaList, StringComparison.Ordinal);

            var ja = await client.GetStringAsync($"/{list}/{slug}");
            var en = await client.GetStringAsync($"/en/{list}/{slug}");
            Assert.Contains("<html lang=\"ja\">", ja, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
            Assert.Contains($"class=\"lang-switch\" href=\"/en/{list}/{slug}\"", ja, StringComparison.Ordinal);
            Assert.Contains($"class=\"lang-switch\" href=\"/{list}/{slug}\"", en, StringComparison.Ordinal);
            Assert.Contains($"hreflang=\"en\" href=\"http://localhost/en/{list}/{slug}\"", ja, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:type\" content=\"article\" />", ja, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/{list}/{slug}\" />", ja, StringComparison.Ordinal);
            Assert.Contains("aria-current=\"page\"", ja, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/{list}\">", ja, StringComparison.Ordinal); // breadcrumb back to the list
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Case_study_page_renders_every_field_with_wareki_dates_and_accessible_tables(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        var ja = await client.GetStringAsync($"/cases/{LightblueCase}");
        var en = await client.GetStringAsync($"/en/cases/{LightblueCase}");

        Assert.Contains("<h1>AI映像解析による歩行量調査の実証実験</h1>", ja, StringComparison.Ordinal);
        Assert.Contains("令和5年6月23日～24日（2023年）", ja, StringComparison.Ordinal);
        Assert.Contains("株式会社LightblueTechnology", ja, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cases?scheme=pilot\">実証実験</a>", ja, StringComparison.Ordinal);
        Assert.Contains("href=\"/cases?tag=AI\"", ja, StringComparison.Ordinal);
        Assert.Contains("<caption>市と事業者がそれぞれ提供したリソース", ja, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">種類</th>", ja, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">市</th>", ja, StringComparison.Ordinal);
        Assert.Contains("<td>ヒト</td>", ja, StringComparison.Ordinal);
        Assert.Contains("商工会議所との調整", ja, StringComparison.Ordinal);
        Assert.Contains("新規事業の実績づくり", ja, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">実験実施日</th>", ja, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"パンくずリスト\" class=\"breadcrumb\">", ja, StringComparison.Ordinal);
        Assert.Contains("data-print", ja, StringComparison.Ordinal);

        Assert.Contains("23–24 June 2023", en, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">City</th>", en, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/cases?scheme=pilot\">Pilot project</a>", en, StringComparison.Ordinal);
        Assert.DoesNotContain("令和", en, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_in_the_querystring_narrow_the_lists_with_counts_and_say_when_nothing_matches(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        var all = await client.GetStringAsync("/cases");
        var pilots = await client.GetStringAsync("/cases?scheme=pilot");
        var aomori = await client.GetStringAsync("/cases?municipality=" + Uri.EscapeDataString("青森市"));
        var none = await client.GetStringAsync("/cases?scheme=pilot&tag=" + Uri.EscapeDataString("存在しないタグ"));

        Assert.Contains("<label for=\"filter-scheme\">連携の形</label>", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"pilot\">実証実験 (", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cases/{LightblueCase}\"", pilots, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cases/aomori-banks-corporate-hometown-tax-agreement\"", pilots, StringComparison.Ordinal); // an agreement
        Assert.Contains("<option value=\"pilot\" selected>", pilots, StringComparison.Ordinal);
        Assert.True(Total(pilots) < Total(all), $"{Total(pilots)} pilots of {Total(all)}");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", pilots, StringComparison.Ordinal);
        Assert.Equal(4, Total(aomori));
        Assert.Contains("条件に合う連携事例はありません", none, StringComparison.Ordinal);
        Assert.Equal(0, Total(none));

        var challenges = await client.GetStringAsync("/challenges");
        Assert.True(challenges.LastIndexOf("status-open", StringComparison.Ordinal) < challenges.IndexOf("status-closed", StringComparison.Ordinal), "open challenges come first");
        var closed = await client.GetStringAsync("/challenges?status=closed");
        Assert.Equal(1, Total(closed));
        var events = await client.GetStringAsync("/en/news?category=event");
        Assert.Contains("href=\"/en/news/partnership-briefing-2026\"", events, StringComparison.Ordinal);
        Assert.Equal(1, Total(events));
        var faq = await client.GetStringAsync("/faq");
        Assert.Contains("<h2 id=\"faq-group-0\">提案について</h2>", faq, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_slugs_answer_404_on_every_type_and_odd_filters_an_ordinary_list(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        foreach (var url in new[] { "/cases/no-such-case", "/en/news/no-such-news", "/challenges/nope", "/faq/nope", "/en/methods/nope", "/en/no-such-page" })
        {
            using var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        // Filters a person could type by hand give an ordinary (empty) list, never an error.
        foreach (var url in new[] { "/cases?year=0", "/cases?year=10000", "/en/challenges?year=99999999999", "/cases?page=-1", "/news?page=999999", "/cases?scheme=%3Cscript%3E" })
        {
            using var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_main_menu_leads_to_the_guide_pages_and_every_list(string provider)
    {
        var host = await hosts.ForAsync(provider);

        var html = await host.NewClient().GetStringAsync($"/cases/{LightblueCase}");
        var menu = html[html.IndexOf("class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("class=\"site-nav\"", StringComparison.Ordinal), StringComparison.Ordinal)];

        foreach (var href in new[] { "/desk", "/principles", "/notice", "/cases", "/challenges", "/news", "/faq", "/methods" })
        {
            Assert.Contains($"href=\"{href}\"", menu, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"/cases\" aria-current=\"true\">連携事例</a>", menu, StringComparison.Ordinal);
    }

    private static int Total(string html) => int.Parse(ResultCount().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<span class=\"result-count\">(?:（| \\()(\\d+)")]
    private static partial Regex ResultCount();

    [GeneratedRegex("<li class=\"card case-card\">")]
    private static partial Regex CaseCards();
}

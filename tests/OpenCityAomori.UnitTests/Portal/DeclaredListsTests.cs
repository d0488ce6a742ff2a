using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Portal;

/// <summary>The pieces behind the lists other modules declare: free prefixes, feed titles, open-data rows, case-study sheets.</summary>
public class DeclaredListsTests
{
    [Fact]
    public void A_prefix_is_free_only_when_no_route_starts_with_it_and_it_is_lower_case_words()
    {
        var taken = SitePaths.Collect(new[] { "/admin/contents", "/search", "/en/propose", "/cases/{slug}", "/{slug}", "/{prefix}/{slug}", "/openapi/{documentName}.json", "/sitemap.xml" }
            .Select(p => new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(p), 0, null, p)));

        Assert.Equal(
            new[] { "admin", "cases", "en", "ja", "openapi", "propose", "search", "sitemap.xml" },
            taken.Order(StringComparer.Ordinal));
        var paths = new SitePaths(new DefaultEndpointDataSource(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/search"), 0, null, "search")));
        Assert.True(paths.IsFree("agreements"));
        Assert.True(paths.IsFree("pilot-projects"));
        Assert.False(paths.IsFree("search"));
        Assert.False(paths.IsFree("en"));
        Assert.False(paths.IsFree("Agreements"));
        Assert.False(paths.IsFree("協定"));
        Assert.False(paths.IsFree(string.Empty));
    }

    [Fact]
    public async Task Lists_come_from_enabled_modules_in_menu_order_and_a_taken_or_repeated_prefix_is_left_out()
    {
        var features = new TestFeatures();
        IContentTypeProvider[] providers = [new PortalContentTypes(), new SchemeTypes()];
        var paths = new SitePaths(new DefaultEndpointDataSource(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/search"), 0, null, "search")));
        var lists = new DeclaredLists(providers, features, new Store(providers), paths);

        var all = await lists.AllAsync(CancellationToken.None);

        Assert.Equal(["Pilot", "Agreement"], all.Select(l => l.Type.Name));
        Assert.Equal(["kind", "year"], all[1].ToPortalList().Filters);
        Assert.Equal(1, all[1].ToPortalList().PageSize);
        Assert.Equal("Agreement", (await lists.ForPrefixAsync("agreements", CancellationToken.None))?.Type.Name);
        Assert.Null(await lists.ForPrefixAsync("search", CancellationToken.None));

        features.Disable(typeof(SchemeTypes).Assembly);
        Assert.Empty(await new DeclaredLists(providers, features, new Store(providers), paths).AllAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(false, "お知らせ・行政課題")]
    [InlineData(true, "News and challenges")]
    public void The_feed_title_names_the_portal_lists_alone_as_before(bool english, string expected) =>
        Assert.Equal(expected, AtomFeedBuilder.Subject([PortalLists.News.Title, PortalLists.Challenges.Title], english));

    [Fact]
    public void The_feed_title_adds_the_declared_lists()
    {
        LocalizedText[] titles = [PortalLists.News.Title, PortalLists.Challenges.Title, new("連携協定", "Partnership agreements"), new("実証実験", "Pilots")];

        Assert.Equal("お知らせ・行政課題・連携協定・実証実験", AtomFeedBuilder.Subject(titles, english: false));
        Assert.Equal("News, challenges, partnership agreements and pilots", AtomFeedBuilder.Subject(titles, english: true));
    }

    [Fact]
    public void An_open_data_row_joins_tags_and_group_rows_and_shows_select_labels_in_the_item_language()
    {
        var type = new ContentTypeDefinition("Pilot", new("実証実験", "Pilot"),
        [
            new("field", new("分野", "Field"), ContentFieldKind.Select) { Options = [new("mobility", new("移動", "Mobility"))] },
            new("tags", new("タグ", "Tags"), ContentFieldKind.Tags),
            new("budget", new("予算", "Budget"), ContentFieldKind.Number),
            new("support", new("支援", "Support"), ContentFieldKind.Group)
            {
                Fields = [new("kind", new("種類", "Kind"), ContentFieldKind.Select) { Options = [new("pr", new("広報", "PR"))] }, new("text", new("内容", "What"), ContentFieldKind.Text)],
            },
            new("note", new("追加", "Note"), ContentFieldKind.Text) { IsExtra = true },
        ]) { RoutePrefix = "pilots" };
        var item = PortalItems.Item("Pilot", "p1", "en", new Dictionary<string, object?>
        {
            ["field"] = "mobility", ["tags"] = new[] { "AI", "bus" }, ["budget"] = 1500.5m, ["note"] = "editors only",
            ["support"] = new[] { new Dictionary<string, string> { ["kind"] = "pr", ["text"] = "press release" }, new Dictionary<string, string> { ["text"] = "data" } },
        }, slug: "bus-ai");

        var columns = DeclaredOpenData.Columns(type);
        var record = DeclaredOpenData.Record(item, type, "https://p.example", new Dictionary<string, string>());
        var row = DeclaredOpenData.Row(record, columns);

        Assert.Equal([.. DeclaredOpenData.ItemColumns, "field", "fieldLabel", "tags", "budget", "support"], columns);
        Assert.Equal("https://p.example/en/pilots/bus-ai", row[3]);
        Assert.Equal(["mobility", "Mobility", "AI; bus", "1500.5", "PR / press release; data"], row.Skip(DeclaredOpenData.ItemColumns.Count));
        Assert.False(record.ContainsKey("note"));
    }

    [Theory]
    [InlineData("partnership", "partnership")]
    [InlineData("pilot", "pilot")]
    [InlineData("Agreement", "agreement")]
    [InlineData("park-pfi", "other")]
    public void A_sheet_scheme_maps_to_a_case_study_option(string scheme, string option) =>
        Assert.Equal(option, CaseStudySheets.Scheme(scheme));

    [Fact]
    public void A_sheet_maps_parties_and_resources_and_leaves_out_empty_values()
    {
        var sheet = new CaseStudySheet("題", ["A社"], "pilot", new DateOnly(2023, 6, 23), null, "概要", [" ", "事項"], " ",
            [new(CaseStudyParty.Partner, CaseStudyResource.Information, "データ"), new(CaseStudyParty.City, CaseStudyResource.Money, "")],
            [(CaseStudyParty.City, "効果")], "/admin/pilots/1");

        var fields = CaseStudySheets.Fields(sheet);

        Assert.Equal("2023-06-23", fields["startDate"].GetString());
        Assert.False(fields.ContainsKey("endDate"));
        Assert.False(fields.ContainsKey("expectedEffects"));
        Assert.Equal("事項", fields["collaborationItems"][0].GetProperty("item").GetString());
        Assert.Equal(1, fields["collaborationItems"].GetArrayLength());
        var contribution = Assert.Single(fields["contributions"].EnumerateArray());
        Assert.Equal(("business", "information"), (contribution.GetProperty("party").GetString(), contribution.GetProperty("category").GetString()));
        Assert.Equal("city", fields["benefits"][0].GetProperty("party").GetString());
        Assert.Equal("case-agreement-3", CaseStudySheets.Slug("Case:Agreement/3"));
    }

    /// <summary>What scheme modules might declare: two good lists, one on a site path, one repeating a prefix, one without a list.</summary>
    private sealed class SchemeTypes : IContentTypeProvider
    {
        public IEnumerable<ContentTypeDefinition> GetTypes() =>
        [
            Type("Agreement", "agreements", new(new("協定", "Agreements"), new("", ""), ["kind", "nosuchfield", "year", "kind"], 0, 200)),
            Type("Pilot", "pilots", new(new("実証実験", "Pilots"), new("", ""), [], 10, 110)),
            Type("Hijack", "search", new(new("検索", "Search"), new("", ""), [], 10, 1)),
            Type("Copy", "agreements", new(new("写し", "Copy"), new("", ""), [], 10, 300)),
            Type("Plain", "plain", null),
        ];

        private static ContentTypeDefinition Type(string name, string prefix, ContentPublicList? list) =>
            new(name, new(name, name), [new("kind", new("種類", "Kind"), ContentFieldKind.Select)]) { RoutePrefix = prefix, PublicList = list };
    }

    /// <summary>Like Contents: every provider's types, enabled or not.</summary>
    private sealed class Store(IEnumerable<IContentTypeProvider> providers) : IContentDefinitionStore
    {
        public Task<IReadOnlyList<ContentTypeDefinition>> GetTypesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ContentTypeDefinition>>(providers.SelectMany(p => p.GetTypes()).ToList());

        public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken) =>
            (await GetTypesAsync(cancellationToken)).FirstOrDefault(t => t.Name == name);
    }
}

using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;
using static OpenCityAomori.UnitTests.Search.SearchTestData;

namespace OpenCityAomori.UnitTests.Search;

public sealed class FacetTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().Add(
        Published(Item("a", "CaseStudy", "青森市の連携", body: "まちづくり", fields: new Dictionary<string, object>
        {
            ["municipality"] = "青森市", ["scheme"] = "pilot", ["startDate"] = "2023-06-23", ["tags"] = new[] { "AI", "観光" },
        })),
        Published(Item("b", "CaseStudy", "仙台市の連携", body: "まちづくり", fields: new Dictionary<string, object>
        {
            ["municipality"] = "仙台市", ["scheme"] = "partnership", ["startDate"] = "2022-04-01", ["tags"] = new[] { "観光" },
        })),
        Published(Item("c", "CaseStudy", "青森市の協定", body: "まちづくり", fields: new Dictionary<string, object>
        {
            ["municipality"] = "青森市", ["scheme"] = "agreement", ["startDate"] = "2023-01-05",
        })),
        Published(Item("d", "Challenge", "青森市の課題", body: "まちづくり", fields: new Dictionary<string, object>
        {
            ["department"] = "環境部清掃管理課", ["status"] = "open", ["postedOn"] = "2024-05-01",
        })));

    private SearchResult Search(params (string Dimension, string[] Values)[] filters) =>
        _index.Service.Search(new SearchRequest("まちづくり", SearchScope.Public)
        {
            Culture = "ja",
            Filters = filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values),
        });

    [Fact]
    public void Facets_count_every_match_by_type_year_and_facet_field()
    {
        var facets = Search().Facets;

        Assert.Equal([new("CaseStudy", 3), new("Challenge", 1)], facets["type"]);
        Assert.Equal([new("2024", 1), new("2023", 2), new("2022", 1)], facets["year"]);
        Assert.Equal([new("青森市", 2), new("仙台市", 1)], facets["municipality"]);
        Assert.Equal([new("観光", 2), new("AI", 1)], facets["tags"]);
        Assert.Equal([new("open", 1)], facets["status"]);
        Assert.Equal(3, facets["scheme"].Count);
    }

    [Fact]
    public void Values_of_one_dimension_are_alternatives_and_dimensions_combine()
    {
        Assert.Equal(2, Search(("scheme", ["pilot", "agreement"])).Total);
        Assert.Equal(["a"], Search(("scheme", ["pilot", "agreement"]), ("year", ["2023"]), ("tags", ["AI"])).Hits.Select(h => h.Id));
        Assert.Equal(0, Search(("type", ["Challenge"]), ("scheme", ["pilot"])).Total);
    }

    [Fact]
    public void Facet_counts_follow_the_filters()
    {
        var facets = Search(("municipality", ["青森市"])).Facets;

        Assert.Equal([new("CaseStudy", 2)], facets["type"]);
        Assert.DoesNotContain(facets["municipality"], f => f.Value == "仙台市");
    }

    [Fact]
    public void Labels_come_from_select_options_and_type_names_in_the_page_language()
    {
        Assert.Equal("実証実験", SearchFacets.ValueLabel("scheme", "pilot", Types, "ja"));
        Assert.Equal("Pilot project", SearchFacets.ValueLabel("scheme", "pilot", Types, "en"));
        Assert.Equal("募集中", SearchFacets.ValueLabel("status", "open", Types, "ja"));
        Assert.Equal("連携事例", SearchFacets.ValueLabel("type", "CaseStudy", Types, "ja"));
        Assert.Equal("2023年", SearchFacets.ValueLabel("year", "2023", Types, "ja"));
        Assert.Equal("青森市", SearchFacets.ValueLabel("municipality", "青森市", Types, "ja"));
        Assert.Equal("連携の形", SearchFacets.DimensionLabel("scheme", Types, "ja"));
        Assert.Equal("Year", SearchFacets.DimensionLabel("year", Types, "en"));
    }

    [Fact]
    public void Dimensions_start_with_type_and_leave_out_unsearchable_types_for_the_public()
    {
        var dimensions = SearchFacets.Dimensions(Types, searchableOnly: true);

        Assert.Equal(["type", "scheme", "municipality", "year", "status", "tags", "department"], dimensions);
    }

    public void Dispose() => _index.Dispose();
}

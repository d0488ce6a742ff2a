using System.Text.Json;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Portal.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Portal;

public class ListFilterTests
{
    private static readonly ContentTypeDefinition Cases = PortalContentTypes.Get(PortalContentTypes.CaseStudy);
    private static readonly string[] Keys = ["scheme", "municipality", ListFilter.Year, ListFilter.Tag];

    private static readonly IReadOnlyList<ContentItemView> Items =
    [
        Case("a", "pilot", "青森市", "2023-06-23", "AI", "観光"),
        Case("b", "pilot", "仙台市", "2022-04-01", "AI"),
        Case("c", "partnership", "青森市", "2023-01-10", "子育て"),
        Case("d", "agreement", "青森市", null),
    ];

    [Fact]
    public void Without_filters_every_item_is_listed_with_counts_for_every_value()
    {
        using var _ = UiCulture.Use("ja");

        var listing = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?>(), 1, 10);

        Assert.Equal(4, listing.Total);
        Assert.False(listing.IsFiltered);
        var scheme = listing.Facets.Single(f => f.Key == "scheme");
        Assert.Equal(["partnership", "pilot", "agreement"], scheme.Values.Select(v => v.Value));
        Assert.Equal("実証実験", scheme.Values.Single(v => v.Value == "pilot").Label);
        Assert.Equal(2, scheme.Values.Single(v => v.Value == "pilot").Count);
        Assert.Equal(["青森市", "仙台市"], listing.Facets.Single(f => f.Key == "municipality").Values.Select(v => v.Value));
    }

    [Fact]
    public void A_filter_narrows_the_list_and_the_other_filters_count_within_it()
    {
        using var _ = UiCulture.Use("ja");

        var listing = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?> { ["scheme"] = "pilot" }, 1, 10);

        Assert.Equal(["a", "b"], listing.Items.Select(i => i.ContentItemId));
        Assert.True(listing.IsFiltered);
        var municipality = listing.Facets.Single(f => f.Key == "municipality");
        Assert.Equal(1, municipality.Values.Single(v => v.Value == "青森市").Count);
        // The selected filter still offers its other values, counted without itself.
        Assert.Equal(3, listing.Facets.Single(f => f.Key == "scheme").Values.Count);
    }

    [Fact]
    public void Year_comes_from_the_date_field_and_tags_match_any_tag()
    {
        using var _ = UiCulture.Use("ja");

        var byYear = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?> { [ListFilter.Year] = "2023" }, 1, 10);
        var byTag = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?> { [ListFilter.Tag] = "AI", ["municipality"] = "仙台市" }, 1, 10);

        Assert.Equal(["a", "c"], byYear.Items.Select(i => i.ContentItemId));
        Assert.Equal("令和5年（2023年）", byYear.Facets.Single(f => f.Key == ListFilter.Year).Values.Single(v => v.Value == "2023").Label);
        Assert.Equal(["b"], byTag.Items.Select(i => i.ContentItemId));
    }

    [Fact]
    public void An_unknown_value_yields_no_items_but_stays_selected()
    {
        using var _ = UiCulture.Use("ja");

        var listing = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?> { ["scheme"] = "nonsense" }, 1, 10);

        Assert.Empty(listing.Items);
        Assert.Equal(0, listing.Total);
        Assert.Equal("nonsense", listing.Facets.Single(f => f.Key == "scheme").Selected);
    }

    [Theory]
    [InlineData(1, new[] { "a", "b" })]
    [InlineData(2, new[] { "c", "d" })]
    [InlineData(9, new[] { "c", "d" })]
    [InlineData(-3, new[] { "a", "b" })]
    public void Pages_are_clamped_to_the_existing_ones(int page, string[] expected)
    {
        var listing = ListFilter.Apply(Items, Cases, Keys, new Dictionary<string, string?>(), page, 2);

        Assert.Equal(2, listing.PageCount);
        Assert.Equal(expected, listing.Items.Select(i => i.ContentItemId));
    }

    private static ContentItemView Case(string id, string scheme, string municipality, string? startDate, params string[] tags)
    {
        var fields = new Dictionary<string, object?> { ["scheme"] = scheme, ["municipality"] = municipality, ["tags"] = tags };
        if (startDate is not null)
        {
            fields["startDate"] = startDate;
        }

        return PortalItems.Item(PortalContentTypes.CaseStudy, id, "ja", fields);
    }
}

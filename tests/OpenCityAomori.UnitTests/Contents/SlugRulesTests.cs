using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.UnitTests.Contents;

public class SlugRulesTests
{
    [Theory]
    [InlineData("desk")]
    [InlineData("pfi-2024")]
    [InlineData("公民連携")]
    [InlineData("公民連携-デスク")]
    [InlineData("2024")]
    [InlineData("sounding-market-research-2025")]
    public void Ascii_and_japanese_slugs_of_letters_digits_and_single_hyphens_are_valid(string slug)
    {
        Assert.True(SlugRules.IsWellFormed(slug));
    }

    [Theory]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("ＰＦＩ－２０２４", "pfi-2024")]
    [InlineData("  Desk  ", "desk")]
    [InlineData("公民連携", "公民連携")]
    [InlineData(null, "")]
    public void Normalize_turns_full_width_characters_to_half_width_lower_case_and_trims(string? input, string expected)
    {
        Assert.Equal(expected, SlugRules.Normalize(input));
    }

    [Fact]
    public void A_full_width_slug_is_valid_once_normalised()
    {
        var slug = SlugRules.Normalize("ＡＢＣ");

        Assert.Equal("abc", slug);
        Assert.True(SlugRules.IsWellFormed(slug));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("setup")]
    [InlineData("account")]
    [InlineData("health")]
    [InlineData("api")]
    [InlineData("ADMIN")]
    [InlineData("media")]
    [InlineData("preview")]
    [InlineData("openapi")]
    [InlineData("cases")]
    public void Site_paths_and_type_prefixes_are_refused_at_the_root(string slug)
    {
        Assert.False(SlugRules.IsAllowedAtRoot(slug, ["cases", "news"]));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("search")]
    public void Under_a_type_prefix_a_site_path_name_is_an_ordinary_slug(string slug)
    {
        Assert.True(SlugRules.IsWellFormed(slug));
    }

    [Theory]
    [InlineData("公民連携デスク")]
    [InlineData("アップサイクル-2024")]
    [InlineData("desk")]
    public void Japanese_and_ascii_slugs_are_allowed_at_the_root(string slug)
    {
        Assert.True(SlugRules.IsAllowedAtRoot(slug, ["cases"]));
    }

    [Fact]
    public void Inner_spaces_become_hyphens_when_normalised()
    {
        Assert.Equal("market-sounding-2025", SlugRules.Normalize("Market Sounding　2025"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("../admin")]
    [InlineData("two words")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("under_score")]
    [InlineData("dot.html")]
    [InlineData("query?x=1")]
    [InlineData("<script>")]
    public void Slashes_spaces_stray_hyphens_punctuation_and_empty_slugs_are_invalid(string slug)
    {
        Assert.False(SlugRules.IsWellFormed(slug));
    }

    [Fact]
    public void Slugs_up_to_200_characters_are_valid_and_longer_ones_are_not()
    {
        Assert.True(SlugRules.IsWellFormed(new string('a', 200)));
        Assert.False(SlugRules.IsWellFormed(new string('a', 201)));
        Assert.False(SlugRules.IsWellFormed(new string('青', 201)));
    }
}

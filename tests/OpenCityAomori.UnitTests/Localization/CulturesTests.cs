using System.Globalization;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Localization;

public class CulturesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void English_ui_cultures_pick_the_english_text(string culture)
    {
        using var _ = UiCulture.Use(culture);

        Assert.Equal("Desk", Cultures.T("窓口", "Desk"));
        Assert.Equal(Cultures.English, Cultures.Current);
        Assert.Equal("Desk", new LocalizedText("窓口", "Desk").Current);
        Assert.Equal("Desk", new LocalizedText("窓口", "Desk").ToString());
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-JP")]
    [InlineData("fr-FR")]
    [InlineData("zh-Hans")]
    public void Every_other_ui_culture_picks_the_japanese_text(string culture)
    {
        using var _ = UiCulture.Use(culture);

        Assert.Equal("窓口", Cultures.T("窓口", "Desk"));
        Assert.Equal(Cultures.Japanese, Cultures.Current);
        Assert.Equal("窓口", new LocalizedText("窓口", "Desk").Current);
        Assert.Equal("窓口", new LocalizedText("窓口", "Desk").ToString());
    }

    [Fact]
    public void The_text_follows_the_ui_culture_not_the_formatting_culture()
    {
        using var _ = UiCulture.Use("ja-JP");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal("Desk", Cultures.T("窓口", "Desk"));
        Assert.Equal("Desk", new LocalizedText("窓口", "Desk").Current);
    }

    [Fact]
    public void The_invariant_ui_culture_picks_japanese()
    {
        using var _ = UiCulture.Use("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        Assert.Equal("窓口", Cultures.T("窓口", "Desk"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("En")]
    public void Normalize_accepts_english_in_any_case(string culture)
    {
        Assert.Equal("en", Cultures.Normalize(culture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ja")]
    [InlineData("JA")]
    [InlineData("fr")]
    [InlineData("english")]
    [InlineData(" en ")]
    [InlineData("en-US")]
    public void Normalize_turns_anything_else_into_japanese(string? culture)
    {
        Assert.Equal("ja", Cultures.Normalize(culture));
    }

    [Fact]
    public void Japanese_comes_first_among_the_supported_cultures()
    {
        Assert.Equal(["ja", "en"], Cultures.Supported);
    }
}

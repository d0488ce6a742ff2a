using OpenCityAomori.Modules.Search.Indexing;
using OpenCityAomori.Modules.Search.Services;
using static OpenCityAomori.UnitTests.Search.SearchTestData;

namespace OpenCityAomori.UnitTests.Search;

public class ContentTextTests
{
    [Fact]
    public void Html_becomes_text_with_blocks_apart_and_entities_decoded()
    {
        Assert.Equal("見出し 段落 &lt; 1 項目", ContentText.FromHtml("<h2>見出し</h2><p>段落 &amp;lt; 1</p><ul><li>項目</li></ul>"));
    }

    [Fact]
    public void Summary_and_body_come_first_then_other_text_fields_with_option_labels()
    {
        var item = Item("x", "CaseStudy", "題", body: "本文です", fields: new Dictionary<string, object>
        {
            ["summary"] = "概要です",
            ["scheme"] = "pilot",
            ["tags"] = new[] { "AI", "観光" },
            ["contributions"] = new[] { new Dictionary<string, string> { ["party"] = "city", ["text"] = "商工会議所との調整" } },
        });

        var text = ContentText.Extract(item, CaseStudy);

        Assert.StartsWith("概要です\n本文です", text, StringComparison.Ordinal);
        Assert.Contains("実証実験", text, StringComparison.Ordinal);
        Assert.Contains("AI 観光", text, StringComparison.Ordinal);
        Assert.Contains("市 商工会議所との調整", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_items_take_the_english_option_labels()
    {
        var item = Item("x", "CaseStudy", "Title", culture: "en", fields: new Dictionary<string, object> { ["scheme"] = "pilot" });

        Assert.Contains("Pilot project", ContentText.Extract(item, CaseStudy), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_written_in_wareki_with_the_western_year_in_japanese()
    {
        Assert.Equal("令和5年6月23日（2023年）", SearchDates.Display("2023-06-23", "ja"));
        Assert.Equal("23 June 2023", SearchDates.Display("2023-06-23", "en"));
        Assert.Equal(string.Empty, SearchDates.Display("", "ja"));
    }
}

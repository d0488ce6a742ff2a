using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.UnitTests.Contents;

public class ContentFormValuesTests
{
    private static ContentFormValues Post(string? addRowTo, params (string Key, string Value)[] values) =>
        ContentFormValues.FromForm(TestTypes.Case, values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)), addRowTo);

    [Fact]
    public void Typed_values_become_stored_shapes()
    {
        var fields = Post(null,
            ("Fields.partners", "A社、B社"), ("Fields.municipality", " 青森市 "), ("Fields.startDate", "２０２３/６/２３"), ("Fields.order", "１２"), ("Fields.body", "a\r\nb"))
            .ToFields(TestTypes.Case);

        Assert.Equal(["A社", "B社"], fields.GetTags("partners"));
        Assert.Equal("青森市", fields.GetText("municipality"));
        Assert.Equal(new DateOnly(2023, 6, 23), fields.GetDate("startDate"));
        Assert.Equal(12m, fields.GetNumber("order"));
        Assert.Equal("a\nb", fields.GetText("body"));
        Assert.False(fields.ContainsKey("sourceUrl"));
    }

    [Fact]
    public void Removed_and_empty_rows_are_dropped_and_the_rest_renumbered()
    {
        var values = Post(null,
            ("Fields.benefits[0].party", "city"), ("Fields.benefits[0].text", "賑わい"),
            ("Fields.benefits[1].party", "business"), ("Fields.benefits[1].text", "PR"), ("Fields.benefits[1]._remove", "true"),
            ("Fields.benefits[2].party", ""), ("Fields.benefits[2].text", ""),
            ("Fields.benefits[5].party", "business"), ("Fields.benefits[5].text", "実績"));

        Assert.Equal(2, values.RowCounts["benefits"]);
        Assert.Equal("実績", values["Fields.benefits[1].text"]);
        var rows = values.ToFields(TestTypes.Case).GetGroup("benefits");
        Assert.Equal(["賑わい", "実績"], rows.Select(r => r.GetText("text")));
    }

    [Fact]
    public void Add_row_gives_the_group_one_more_empty_row_that_is_not_stored()
    {
        var values = Post("benefits", ("Fields.benefits[0].party", "city"), ("Fields.benefits[0].text", "賑わい"));

        Assert.Equal(2, values.RowCounts["benefits"]);
        Assert.Single(values.ToFields(TestTypes.Case).GetGroup("benefits"));
    }

    [Fact]
    public void A_number_that_cannot_be_read_is_kept_as_text_for_the_validator()
    {
        var fields = Post(null, ("Fields.order", "たくさん")).ToFields(TestTypes.Case);

        Assert.Equal("たくさん", fields.GetText("order"));
    }

    [Fact]
    public void Stored_values_come_back_as_the_same_form_values()
    {
        var posted = Post(null, ("Fields.partners", "A社, B社"), ("Fields.order", "12"), ("Fields.benefits[0].party", "city"), ("Fields.benefits[0].text", "賑わい"));

        var back = ContentFormValues.FromFields(TestTypes.Case, posted.ToFields(TestTypes.Case));

        Assert.Equal("A社, B社", back["Fields.partners"]);
        Assert.Equal("12", back["Fields.order"]);
        Assert.Equal("賑わい", back["Fields.benefits[0].text"]);
        Assert.Equal(1, back.RowCounts["benefits"]);
    }
}

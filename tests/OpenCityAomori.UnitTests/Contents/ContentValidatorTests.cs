using System.Text.Json;
using OpenCityAomori.Modules.Contents.Validation;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Contents;

public class ContentValidatorTests
{
    private static Dictionary<string, JsonElement> Fields(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    private const string Valid = """{ "partners": ["株式会社LightblueTechnology"], "municipality": "青森市", "scheme": "pilot" }""";

    [Fact]
    public void A_complete_item_has_no_errors()
    {
        Assert.Empty(ContentValidator.Validate(TestTypes.Case, Fields(Valid)));
    }

    [Fact]
    public void Missing_required_fields_are_reported_under_their_input_names_in_japanese()
    {
        using var _ = UiCulture.Use("ja-JP");

        var errors = ContentValidator.Validate(TestTypes.Case, Fields("""{ "partners": [], "municipality": "  " }"""));

        Assert.Equal(["Fields.partners", "Fields.municipality", "Fields.scheme"], errors.Select(e => e.Key));
        Assert.Equal("「連携事業者」を入力してください。", errors[0].Message);
        Assert.Equal("「連携の形」を選んでください。", errors[2].Message);
    }

    [Fact]
    public void Messages_are_in_english_for_english_staff()
    {
        using var _ = UiCulture.Use("en");

        var error = Assert.Single(ContentValidator.Validate(TestTypes.Case, Fields("""{ "partners": ["x"], "municipality": "Sendai" }""")));

        Assert.Equal("Choose \"Scheme\".", error.Message);
    }

    [Theory]
    [InlineData("""{ "municipality": "とても長い自治体の名前です" }""", "Fields.municipality")]
    [InlineData("""{ "scheme": "other" }""", "Fields.scheme")]
    [InlineData("""{ "startDate": "2024-02-30" }""", "Fields.startDate")]
    [InlineData("""{ "startDate": "2024/4/1" }""", "Fields.startDate")]
    [InlineData("""{ "order": "12" }""", "Fields.order")]
    [InlineData("""{ "sourceUrl": "javascript:alert(1)" }""", "Fields.sourceUrl")]
    [InlineData("""{ "sourceUrl": "//evil.example/" }""", "Fields.sourceUrl")]
    [InlineData("""{ "sourceUrl": "ftp://example.jp/" }""", "Fields.sourceUrl")]
    [InlineData("""{ "partners": "not-an-array" }""", "Fields.partners")]
    [InlineData("""{ "municipality": "一行目\n二行目" }""", "Fields.municipality")]
    public void A_value_that_does_not_fit_its_field_is_reported_on_that_field(string overrides, string key)
    {
        var fields = Fields(Valid);
        foreach (var (name, value) in Fields(overrides))
        {
            fields[name] = value;
        }

        Assert.Equal(key, Assert.Single(ContentValidator.Validate(TestTypes.Case, fields)).Key);
    }

    [Theory]
    [InlineData("https://www.city.aomori.aomori.jp/")]
    [InlineData("http://example.jp/a?b=c")]
    [InlineData("/cases/lightblue")]
    public void Links_are_web_urls_or_paths_of_this_site(string link)
    {
        var fields = Fields(Valid);
        fields["sourceUrl"] = JsonSerializer.SerializeToElement(link);

        Assert.Empty(ContentValidator.Validate(TestTypes.Case, fields));
    }

    [Fact]
    public void Group_rows_are_validated_one_by_one_with_the_row_in_the_key_and_message()
    {
        using var _ = UiCulture.Use("ja-JP");
        var fields = Fields(Valid);
        fields["benefits"] = JsonDocument.Parse("""[ { "party": "city", "text": "賑わい" }, { "text": "PR" }, { "party": "nobody" } ]""").RootElement.Clone();

        var errors = ContentValidator.Validate(TestTypes.Case, fields);

        Assert.Equal(["Fields.benefits[1].party", "Fields.benefits[2].party"], errors.Select(e => e.Key));
        Assert.Equal("2行目：「主体」を選んでください。", errors[0].Message);
        Assert.Equal("3行目：「主体」は選択肢から選んでください。", errors[1].Message);
    }
}

using System.Text.Json;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Contents;

public class VersionDiffTests
{
    private static ContentItemView Version(string title, string json) => new()
    {
        ContentItemId = "case", VersionId = 1, VersionNumber = 1, ContentType = "Case", Culture = "ja", Slug = "case", Title = title,
        TranslationGroupId = "case", Status = ContentStatus.Draft, CreatedUtc = DateTime.UtcNow, ModifiedUtc = DateTime.UtcNow,
        Fields = JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        Html = new Dictionary<string, string>(),
    };

    [Fact]
    public void Only_the_fields_that_differ_are_marked_changed()
    {
        using var _ = UiCulture.Use("ja-JP");
        var before = Version("事例", """{ "partners": ["A社"], "municipality": "青森市", "scheme": "pilot" }""");
        var after = Version("事例", """{ "partners": ["A社", "B社"], "municipality": "青森市", "scheme": "partnership" }""");

        var rows = VersionDiff.Compare(TestTypes.Case, before, after);

        Assert.Equal(["partners", "scheme"], rows.Where(r => r.Changed).Select(r => r.Name));
        var scheme = rows.Single(r => r.Name == "scheme");
        Assert.Equal(("連携の形", "実証実験", "連携事業"), (scheme.Label, scheme.Before, scheme.After));
        Assert.Equal("A社, B社", rows.Single(r => r.Name == "partners").After);
    }

    [Fact]
    public void Title_changes_and_group_rows_are_compared_as_readable_text()
    {
        var before = Version("旧", """{ "benefits": [ { "party": "city", "text": "賑わい" } ] }""");
        var after = Version("新", """{ "benefits": [ { "party": "city", "text": "賑わい" }, { "party": "business", "text": "PR" } ] }""");

        var rows = VersionDiff.Compare(TestTypes.Case, before, after);

        Assert.True(rows.Single(r => r.Name == "title").Changed);
        Assert.False(rows.Single(r => r.Name == "slug").Changed);
        var benefits = rows.Single(r => r.Name == "benefits");
        Assert.True(benefits.Changed);
        Assert.Equal(2, benefits.After.Split('\n').Length);
    }

    [Fact]
    public void A_value_of_a_field_no_longer_in_the_type_still_shows()
    {
        var rows = VersionDiff.Compare(TestTypes.Case, Version("a", """{ "budgetNote": "100" }"""), Version("a", "{}"));

        var removed = rows.Single(r => r.Name == "budgetNote");
        Assert.True(removed.Changed);
        Assert.Equal("100", removed.Before);
    }
}

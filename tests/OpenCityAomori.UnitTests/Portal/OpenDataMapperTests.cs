using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.UnitTests.Portal;

public class OpenDataMapperTests
{
    private static readonly Dictionary<string, object?> Fields = new()
    {
        ["partners"] = new[] { "株式会社LightblueTechnology", "青森商工会議所" },
        ["municipality"] = "青森市",
        ["scheme"] = "pilot",
        ["startDate"] = "2023-06-23",
        ["endDate"] = "2023-06-24",
        ["summary"] = "AIカメラで歩行者を数える",
        ["contributions"] = new object[] { new { party = "city", category = "people", text = "商工会議所との調整" } },
        ["benefits"] = new object[] { new { party = "business", text = "実証の場" } },
        ["tags"] = new[] { "AI", "まちづくり" },
    };

    [Fact]
    public void Case_studies_are_flattened_with_labels_in_their_language()
    {
        var ja = OpenDataMapper.ToCaseStudy(PortalItems.Item("CaseStudy", "c1", "ja", Fields, "lightblue"), "https://p.example");
        var en = OpenDataMapper.ToCaseStudy(PortalItems.Item("CaseStudy", "c2", "en", Fields, "lightblue"), "https://p.example");

        Assert.Equal("https://p.example/cases/lightblue", ja.Url);
        Assert.Equal("https://p.example/en/cases/lightblue", en.Url);
        Assert.Equal("実証実験", ja.SchemeLabel);
        Assert.Equal("Pilot project", en.SchemeLabel);
        Assert.Equal(new DateOnly(2023, 6, 23), ja.StartDate);
        Assert.Equal(["株式会社LightblueTechnology", "青森商工会議所"], ja.Partners);
        Assert.Equal(new("city", "市", "people", "ヒト", "商工会議所との調整"), ja.Contributions.Single());
        Assert.Equal(new("business", "Business", "実証の場"), en.Benefits.Single());
        Assert.Equal(DateTimeKind.Utc, ja.Modified.Kind);
    }

    [Fact]
    public void Csv_rows_join_arrays_and_match_the_header()
    {
        var record = OpenDataMapper.ToCaseStudy(PortalItems.Item("CaseStudy", "c1", "ja", Fields), "https://p.example");

        var row = OpenDataMapper.CaseStudyRow(record);

        Assert.Equal(OpenDataMapper.CaseStudyColumns.Count, row.Count);
        Assert.Equal("株式会社LightblueTechnology; 青森商工会議所", row[OpenDataMapper.CaseStudyColumns.ToList().IndexOf("partners")]);
        Assert.Equal("市/ヒト: 商工会議所との調整", row[OpenDataMapper.CaseStudyColumns.ToList().IndexOf("contributions")]);
        Assert.Equal("2024-01-01T00:00:00Z", row[OpenDataMapper.CaseStudyColumns.ToList().IndexOf("published")]);
    }

    [Fact]
    public void Challenges_carry_status_labels_dates_and_the_department_by_name_and_code()
    {
        var item = PortalItems.Item("Challenge", "ch1", "en", new Dictionary<string, object?>
        {
            ["departmentCode"] = "KANKYO-SEISAKU",
            ["department"] = "Environmental Policy Division, Environment Department",
            ["postedOn"] = "2024-04-01",
            ["deadline"] = "2024-06-30",
            ["status"] = "open",
            ["summary"] = "s",
            ["background"] = "## b",
        });

        var record = OpenDataMapper.ToChallenge(item, "https://p.example");

        Assert.Equal("Open", record.StatusLabel);
        Assert.Equal(new DateOnly(2024, 6, 30), record.Deadline);
        Assert.Equal("## b", record.Background);
        Assert.Equal(("Environmental Policy Division, Environment Department", "KANKYO-SEISAKU"), (record.Department, record.DepartmentCode));
        var row = OpenDataMapper.ChallengeRow(record);
        Assert.Equal(OpenDataMapper.ChallengeColumns.Count, row.Count);
        Assert.Equal("KANKYO-SEISAKU", row[OpenDataMapper.ChallengeColumns.ToList().IndexOf("departmentCode")]);
        Assert.Equal("Environmental Policy Division, Environment Department", row[OpenDataMapper.ChallengeColumns.ToList().IndexOf("department")]);
    }
}

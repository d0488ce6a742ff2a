using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.UnitTests.Portal;

public class PortalContentTypesTests
{
    [Fact]
    public void The_portal_declares_exactly_the_six_agreed_types()
    {
        var types = new PortalContentTypes().GetTypes().ToList();

        Assert.Equal(["Page", "News", "CaseStudy", "Challenge", "FAQ", "CollaborationMethod"], types.Select(t => t.Name));
        Assert.All(types, t => Assert.False(string.IsNullOrWhiteSpace(t.DisplayName.Ja)));
        Assert.All(types, t => Assert.False(string.IsNullOrWhiteSpace(t.DisplayName.En)));
    }

    [Theory]
    [InlineData("Page", "", "summary", "body", null)]
    [InlineData("News", "news", "summary", "body", "date")]
    [InlineData("CaseStudy", "cases", "summary", "body", "startDate")]
    [InlineData("Challenge", "challenges", "summary", "background", "postedOn")]
    [InlineData("FAQ", "faq", null, "answer", null)]
    [InlineData("CollaborationMethod", "methods", "summary", "body", null)]
    public void Each_type_has_its_route_and_role_fields(string name, string prefix, string? summary, string body, string? date)
    {
        var type = PortalContentTypes.Get(name);

        Assert.Equal(prefix, type.RoutePrefix);
        Assert.Equal(summary, type.SummaryField);
        Assert.Equal(body, type.BodyField);
        Assert.Equal(date, type.DateField);
        foreach (var role in new[] { summary, body, date }.OfType<string>())
        {
            Assert.NotNull(type.Field(role));
        }
    }

    [Theory]
    [InlineData("Page", "summary:MultilineText body:Markdown! menuOrder:Number image:Media")]
    [InlineData("News", "date:Date! summary:MultilineText body:Markdown! category:Select~ tags:Tags~ image:Media")]
    [InlineData("CaseStudy", "partners:Tags! municipality:Text!~ program:Text scheme:Select!~ startDate:Date endDate:Date schedule:Group summary:MultilineText! body:Markdown contributions:Group benefits:Group collaborationItems:Group expectedEffects:MultilineText tags:Tags~ image:Media sourceUrl:Link sourceRecord:Link")]
    [InlineData("Challenge", "departmentCode:Department! department:Text~ postedOn:Date! deadline:Date status:Select!~ summary:MultilineText! background:Markdown! desiredOutcome:Markdown! howToPropose:Markdown tags:Tags~")]
    [InlineData("FAQ", "answer:Markdown! category:Select~ order:Number")]
    [InlineData("CollaborationMethod", "summary:MultilineText! body:Markdown order:Number links:Group")]
    public void Fields_have_the_agreed_names_kinds_and_flags(string name, string expected)
    {
        // name:Kind, "!" required, "~" search facet.
        var actual = string.Join(" ", PortalContentTypes.Get(name).Fields.Select(f =>
            $"{f.Name}:{f.Kind}{(f.Required ? "!" : "")}{(f.IsFacet ? "~" : "")}"));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("News", "category", "announcement event press")]
    [InlineData("CaseStudy", "scheme", "partnership pilot agreement other")]
    [InlineData("Challenge", "status", "open closed")]
    [InlineData("FAQ", "category", "proposal pilot general")]
    public void Select_fields_offer_the_agreed_values(string type, string field, string values)
    {
        var definition = PortalContentTypes.Get(type).Field(field)!;

        Assert.Equal(values.Split(' '), definition.Options.Select(o => o.Value));
        Assert.All(definition.Options, o => Assert.NotEqual(o.Label.Ja, o.Label.En));
    }

    [Fact]
    public void Case_study_groups_hold_the_resource_and_benefit_tables()
    {
        var type = PortalContentTypes.Get("CaseStudy");

        Assert.Equal(["label", "value"], type.Field("schedule")!.Fields.Select(f => f.Name));
        Assert.Equal(["party", "category", "text"], type.Field("contributions")!.Fields.Select(f => f.Name));
        Assert.Equal(["city", "business"], type.Field("contributions")!.Fields[0].Options.Select(o => o.Value));
        Assert.Equal(["people", "goods", "money", "information"], type.Field("contributions")!.Fields[1].Options.Select(o => o.Value));
        Assert.Equal(["party", "text"], type.Field("benefits")!.Fields.Select(f => f.Name));
        Assert.Equal(["label", "url"], PortalContentTypes.Get("CollaborationMethod").Field("links")!.Fields.Select(f => f.Name));
        Assert.Equal(ContentFieldKind.Link, PortalContentTypes.Get("CollaborationMethod").Field("links")!.Fields[1].Kind);
    }
}

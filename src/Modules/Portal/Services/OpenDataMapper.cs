using System.Globalization;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Portal.Models;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>Turns published items into open-data records and CSV rows (labels in the item's language).</summary>
internal static class OpenDataMapper
{
    public const string ArraySeparator = "; ";

    private static readonly ContentTypeDefinition Cases = PortalContentTypes.Get(PortalContentTypes.CaseStudy);
    private static readonly ContentTypeDefinition Challenges = PortalContentTypes.Get(PortalContentTypes.Challenge);

    public static CaseStudyRecord ToCaseStudy(ContentItemView item, string baseUrl)
    {
        var f = item.Fields;
        var culture = item.Culture;
        var contribution = Cases.Field("contributions")!;
        var benefit = Cases.Field("benefits")!;
        return new CaseStudyRecord(
            item.ContentItemId, item.TranslationGroupId, item.Title, baseUrl + ContentRoutes.UrlFor(Cases, culture, item.Slug), culture, item.Slug,
            Utc(item.PublishedUtc), Utc(item.ModifiedUtc)!.Value,
            f.GetText("municipality"), f.GetText("program"), f.GetTags("partners"),
            f.GetText("scheme"), Label(Cases.Field("scheme"), f.GetText("scheme"), culture),
            f.GetDate("startDate"), f.GetDate("endDate"), f.GetText("summary"), f.GetText("body"),
            f.GetGroup("schedule").Select(r => new ScheduleRecord(r.GetText("label"), r.GetText("value"))).ToList(),
            f.GetGroup("contributions").Select(r => new ContributionRecord(
                r.GetText("party"), Label(contribution.Fields[0], r.GetText("party"), culture),
                r.GetText("category"), Label(contribution.Fields[1], r.GetText("category"), culture),
                r.GetText("text"))).ToList(),
            f.GetGroup("benefits").Select(r => new BenefitRecord(
                r.GetText("party"), Label(benefit.Fields[0], r.GetText("party"), culture), r.GetText("text"))).ToList(),
            f.GetTags("tags"), f.GetText("sourceUrl"),
            f.GetGroup(PortalContentTypes.CollaborationItems).Select(r => r.GetText("item")).OfType<string>().ToList(),
            f.GetText(PortalContentTypes.ExpectedEffects));
    }

    public static ChallengeRecord ToChallenge(ContentItemView item, string baseUrl)
    {
        var f = item.Fields;
        return new ChallengeRecord(
            item.ContentItemId, item.TranslationGroupId, item.Title, baseUrl + ContentRoutes.UrlFor(Challenges, item.Culture, item.Slug), item.Culture, item.Slug,
            Utc(item.PublishedUtc), Utc(item.ModifiedUtc)!.Value,
            f.GetText("department"), f.GetText("departmentCode"), f.GetDate("postedOn"), f.GetDate("deadline"),
            f.GetText("status"), Label(Challenges.Field("status"), f.GetText("status"), item.Culture),
            f.GetText("summary"), f.GetText("background"), f.GetText("desiredOutcome"), f.GetText("howToPropose"), f.GetTags("tags"));
    }

    public static readonly IReadOnlyList<string> CaseStudyColumns =
    [
        "id", "translationGroup", "title", "url", "culture", "slug", "published", "modified", "municipality", "program", "partners",
        "scheme", "schemeLabel", "startDate", "endDate", "summary", "schedule", "contributions", "benefits", "tags", "sourceUrl",
        "collaborationItems", "expectedEffects",
    ];

    public static IReadOnlyList<string?> CaseStudyRow(CaseStudyRecord r) =>
    [
        r.Id, r.TranslationGroup, r.Title, r.Url, r.Culture, r.Slug, Iso(r.Published), Iso(r.Modified), r.Municipality, r.Program, Join(r.Partners),
        r.Scheme, r.SchemeLabel, Iso(r.StartDate), Iso(r.EndDate), r.Summary,
        Join(r.Schedule.Select(s => $"{s.Label}: {s.Value}")),
        Join(r.Contributions.Select(c => $"{c.PartyLabel}/{c.CategoryLabel}: {c.Text}")),
        Join(r.Benefits.Select(b => $"{b.PartyLabel}: {b.Text}")),
        Join(r.Tags), r.SourceUrl, Join(r.CollaborationItems), r.ExpectedEffects,
    ];

    /// <summary>Columns added after the first release go at the end, so readers that take columns by position keep working.</summary>
    public static readonly IReadOnlyList<string> ChallengeColumns =
    [
        "id", "translationGroup", "title", "url", "culture", "slug", "published", "modified", "department", "postedOn",
        "deadline", "status", "statusLabel", "summary", "background", "desiredOutcome", "howToPropose", "tags", "departmentCode",
    ];

    public static IReadOnlyList<string?> ChallengeRow(ChallengeRecord r) =>
    [
        r.Id, r.TranslationGroup, r.Title, r.Url, r.Culture, r.Slug, Iso(r.Published), Iso(r.Modified), r.Department, Iso(r.PostedOn), Iso(r.Deadline),
        r.Status, r.StatusLabel, r.Summary, r.Background, r.DesiredOutcome, r.HowToPropose, Join(r.Tags), r.DepartmentCode,
    ];

    /// <summary>The option's label in <paramref name="culture"/> (the value itself when the field has no such option).</summary>
    public static string? Label(ContentFieldDefinition? field, string? value, string culture) =>
        value is null ? null : field?.Options.FirstOrDefault(o => o.Value == value) is { } option
            ? (culture == Cultures.English ? option.Label.En : option.Label.Ja)
            : value;

    public static string Join(IEnumerable<string> values) => string.Join(ArraySeparator, values);

    public static string? Iso(DateTime? value) => Utc(value)?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Stored times are UTC; some providers hand them back unmarked.</summary>
    public static DateTime? Utc(DateTime? value) => value is { } v
        ? v.Kind switch { DateTimeKind.Utc => v, DateTimeKind.Local => v.ToUniversalTime(), _ => DateTime.SpecifyKind(v, DateTimeKind.Utc) }
        : null;

    public static string? Iso(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

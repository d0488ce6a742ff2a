using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// The case-study type's owner turns another module's case-study sheet into a Japanese CaseStudy draft that needs the
/// partner's consent before it is published (Contents validates, versions, audits and indexes it).
/// </summary>
internal sealed partial class CaseStudySheets(IContentDrafts drafts) : ICaseStudySheets
{
    /// <summary>Sheets come from this city's own records.</summary>
    public const string Municipality = "青森市";

    public Task<ContentDraftResult> SaveDraftAsync(string contentItemId, CaseStudySheet sheet, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentItemId);
        ArgumentNullException.ThrowIfNull(sheet);
        var draft = new ContentDraft(
            contentItemId, PortalContentTypes.CaseStudy, Cultures.Japanese, sheet.Title.Trim(), Slug(contentItemId), Fields(sheet),
            RequiresPublicationConsent: true);
        return drafts.SaveDraftAsync(draft, userId, cancellationToken);
    }

    /// <summary>The sheet as CaseStudy field values (the shapes of <see cref="ContentFieldDefinition"/>).</summary>
    public static IReadOnlyDictionary<string, JsonElement> Fields(CaseStudySheet sheet)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["partners"] = Lines(sheet.Partners),
            ["municipality"] = Municipality,
            ["scheme"] = Scheme(sheet.Scheme),
            ["startDate"] = Date(sheet.StartDate),
            ["endDate"] = Date(sheet.EndDate),
            ["summary"] = sheet.Summary.Trim(),
            [PortalContentTypes.CollaborationItems] = Lines(sheet.CollaborationItems).Select(i => new Dictionary<string, string> { ["item"] = i }).ToList(),
            [PortalContentTypes.ExpectedEffects] = Blank(sheet.ExpectedEffects),
            ["contributions"] = sheet.Contributions
                .Where(c => !string.IsNullOrWhiteSpace(c.Text))
                .Select(c => new Dictionary<string, string> { ["party"] = Party(c.Party), ["category"] = Category(c.Resource), ["text"] = c.Text.Trim() })
                .ToList(),
            ["benefits"] = sheet.Benefits
                .Where(b => !string.IsNullOrWhiteSpace(b.Text))
                .Select(b => new Dictionary<string, string> { ["party"] = Party(b.Party), ["text"] = b.Text.Trim() })
                .ToList(),
            [PortalContentTypes.SourceRecord] = Blank(sheet.SourcePath),
        };
        return fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value), StringComparer.Ordinal);
    }

    /// <summary>The case's URL name, stable for the record: the id folded to lower-case words joined by hyphens.</summary>
    public static string Slug(string contentItemId) => NotWord().Replace(contentItemId.ToLowerInvariant(), "-").Trim('-');

    /// <summary>The CaseStudy scheme option a scheme id stands for; "other" for a method the type does not list.</summary>
    public static string Scheme(string scheme) => scheme.Trim().ToLowerInvariant() switch
    {
        "partnership" => "partnership",
        "pilot" or "pilotsupport" => "pilot",
        "agreement" => "agreement",
        _ => "other",
    };

    public static string Party(CaseStudyParty party) => party == CaseStudyParty.City ? "city" : "business";

    public static string Category(CaseStudyResource resource) => resource switch
    {
        CaseStudyResource.People => "people",
        CaseStudyResource.Goods => "goods",
        CaseStudyResource.Money => "money",
        _ => "information",
    };

    private static List<string> Lines(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}

namespace OpenCityAomori.Core.Content;

/// <summary>One side's resources (ヒト・モノ・カネ・情報) or benefits, as the seed's case-study sheet lists them.</summary>
public sealed record CaseStudyContribution(CaseStudyParty Party, CaseStudyResource Resource, string Text);

public enum CaseStudyParty
{
    City,
    Partner,
}

public enum CaseStudyResource
{
    People,
    Goods,
    Money,
    Information,
}

/// <summary>
/// A finished agreement's or pilot's case study in the shape of the seed's case-study sheet, and the record it came
/// from (a path staff can follow back, e.g. /admin/partnership/agreements/3).
/// </summary>
public sealed record CaseStudySheet(
    string Title,
    IReadOnlyList<string> Partners,
    string Scheme,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string Summary,
    IReadOnlyList<string> CollaborationItems,
    string ExpectedEffects,
    IReadOnlyList<CaseStudyContribution> Contributions,
    IReadOnlyList<(CaseStudyParty Party, string Text)> Benefits,
    string SourcePath);

/// <summary>
/// Case-study drafts made from another module's record: the case-study type's owner maps the sheet to its fields and
/// saves it through <see cref="IContentDrafts"/> as a draft that needs the partner's consent before it is published.
/// Implemented by Portal.
/// </summary>
public interface ICaseStudySheets
{
    /// <summary>Creates the draft (Japanese) with this id, or adds a new draft version to it.</summary>
    Task<ContentDraftResult> SaveDraftAsync(string contentItemId, CaseStudySheet sheet, string? userId, CancellationToken cancellationToken = default);
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// 公平性の確保 (取組成果の公表): a finished agreement, or a running one with outcomes, becomes a case-study draft through
/// Core's case-study sheets ("case-agreement-{id}"); it is published only with the partner's consent, recorded here.
/// </summary>
internal sealed class AgreementCaseStudies(PartnershipDbContext db, IModuleCapability<ICaseStudySheets> sheets, IContentDrafts drafts)
{
    public static string ContentId(long agreementId) => "case-agreement-" + agreementId.ToString(CultureInfo.InvariantCulture);

    public bool IsAvailable => sheets.Value is not null;

    public Task<bool> HasOutcomesAsync(long agreementId, CancellationToken cancellationToken) =>
        db.FollowUps.AnyAsync(f => f.AgreementId == agreementId && f.Outcomes != string.Empty, cancellationToken);

    public async Task<ContentDraftStatus?> StatusAsync(Agreement agreement, CancellationToken cancellationToken) =>
        agreement.CaseStudyContentId is { } id ? await drafts.StatusAsync(id, cancellationToken) : null;

    /// <summary>Creates the draft or adds a version to it; returns the refusal messages (empty when saved).</summary>
    public async Task<IReadOnlyList<string>> SaveDraftAsync(Agreement agreement, string? userId, CancellationToken cancellationToken)
    {
        if (sheets.Value is not { } caseStudies)
        {
            return [Cultures.T("事例（ポータル）の機能が無効です。", "Case studies (the portal) are turned off.")];
        }

        if (!AgreementRules.CanDraftCaseStudy(agreement, await HasOutcomesAsync(agreement.Id, cancellationToken)))
        {
            return [Cultures.T("事例の下書きは、終了した協定か、成果を記録した実施中の協定から作れます。", "A case study can be drafted from an ended agreement, or a running one with recorded outcomes.")];
        }

        var id = agreement.CaseStudyContentId ?? ContentId(agreement.Id);
        var result = await caseStudies.SaveDraftAsync(id, Sheet(agreement), userId, cancellationToken);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Values];
        }

        agreement.CaseStudyContentId = id;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public static CaseStudySheet Sheet(Agreement a)
    {
        static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var effects = string.Join("\n", new[] { ("市", a.EffectsCity), ("連携先", a.EffectsPartner) }.Where(e => e.Item2.Length > 0).Select(e => $"{e.Item1}：{e.Item2}"));
        return new CaseStudySheet(
            a.Title,
            [.. a.Partners().Select(p => p.Name)],
            a.Type == AgreementType.None ? "partnership" : "agreement",
            a.TermStart ?? a.SignedOn,
            a.TermEnd,
            a.Summary,
            [.. a.Items().Select(i => i.Ja)],
            effects,
            [.. a.Contributions().Select(c => new CaseStudyContribution(c.Party, c.Resource, c.Text))],
            [.. Lines(a.EffectsCity).Select(t => (CaseStudyParty.City, t)), .. Lines(a.EffectsPartner).Select(t => (CaseStudyParty.Partner, t))],
            AgreementRoutes.Admin(a.Id));
    }
}

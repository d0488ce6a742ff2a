using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// A completed pilot's case study (連携事例): a draft in the seed's sheet shape through Core <see cref="ICaseStudySheets"/>
/// ("case-pilot-{id}"), the partner's consent to publication recorded through <see cref="IContentDrafts"/>, which refuses
/// to publish without one.
/// </summary>
internal sealed class PilotCaseStudies(IModuleCapability<ICaseStudySheets> sheets, IModuleCapability<IContentDrafts> contents)
{
    public bool Available => sheets.Value is not null && contents.Value is not null;

    public async Task<ContentDraftStatus?> StatusAsync(long pilotId, CancellationToken cancellationToken) =>
        contents.Value is { } drafts ? await drafts.StatusAsync(PilotRoutes.CaseStudyId(pilotId), cancellationToken) : null;

    public async Task<ContentDraftResult> SaveDraftAsync(Pilot pilot, string? userId, CancellationToken cancellationToken)
    {
        if (pilot.Status != PilotStatus.Completed)
        {
            return ContentDraftResult.Refused(Cultures.T("事例の下書きは、完了した実証実験から作成します。", "A case study is drafted from a completed pilot."));
        }

        return sheets.Value is { } caseStudies
            ? await caseStudies.SaveDraftAsync(PilotRoutes.CaseStudyId(pilot.Id), Sheet(pilot), userId, cancellationToken)
            : ContentDraftResult.Refused(Unavailable);
    }

    public async Task<bool> RecordConsentAsync(long pilotId, string givenBy, DateOnly givenOn, string recordedBy, CancellationToken cancellationToken) =>
        contents.Value is { } drafts && await drafts.RecordConsentAsync(PilotRoutes.CaseStudyId(pilotId), givenBy, givenOn, recordedBy, cancellationToken);

    public async Task<ContentDraftResult> PublishAsync(long pilotId, CancellationToken cancellationToken) =>
        contents.Value is { } drafts ? await drafts.PublishAsync(PilotRoutes.CaseStudyId(pilotId), cancellationToken) : ContentDraftResult.Refused(Unavailable);

    /// <summary>The sheet: the pilot's public facts; what each side provided from the roles ticked on the pilot.</summary>
    public static CaseStudySheet Sheet(Pilot pilot)
    {
        var contributions = new List<CaseStudyContribution>();
        foreach (var (value, label) in PilotText.CityProvisions.Where(p => pilot.CityProvides.HasFlag(p.Value)))
        {
            contributions.Add(new(CaseStudyParty.City, value switch
            {
                CityProvision.TestField or CityProvision.Base => CaseStudyResource.Goods,
                CityProvision.RegulatoryConsultation => CaseStudyResource.People,
                _ => CaseStudyResource.Information,
            }, label.Ja));
        }

        foreach (var (value, label) in PilotText.BusinessRoles.Where(r => pilot.BusinessDoes.HasFlag(r.Value)))
        {
            contributions.Add(new(CaseStudyParty.Partner, value switch
            {
                BusinessRole.Conduct => CaseStudyResource.People,
                BusinessRole.Costs => CaseStudyResource.Money,
                _ => CaseStudyResource.Information,
            }, label.Ja));
        }

        return new CaseStudySheet(
            pilot.Title,
            PilotJson.Read(pilot.BusinessesJson).Select(b => b.Name).ToList(),
            "pilot",
            pilot.StartDate,
            pilot.EndDate,
            pilot.SummaryJa.Trim(),
            PilotText.Labels(pilot.CityProvides).Select(l => l.Ja).ToList(),
            string.Empty,
            contributions,
            [],
            PilotRoutes.AdminUrl(pilot.Id));
    }

    private static string Unavailable => Cultures.T("ポータルのコンテンツ機能が有効ではないため、事例を作成できません。", "Case studies need the portal's content modules, which are not enabled.");
}

using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Controllers;

/// <summary>
/// The agreement's case study (取組成果の公表): the draft made from the agreement, the partner's consent to publication
/// (who, on which date: recorded by Contents with the version it covers) and publication, which Contents refuses without it.
/// </summary>
[Route("admin/partnership/agreements/{id:long}/case-study")]
[AuthorizePermission(Permissions.Names.ManageAgreements)]
internal sealed class AgreementCaseStudyController(
    PartnershipDbContext db,
    AgreementAccess access,
    AgreementCaseStudies caseStudies,
    AgreementDetails details,
    IContentDrafts drafts,
    IPermissionChecker permissions) : AgreementControllerBase(db, access)
{
    [HttpPost("")]
    public Task<IActionResult> Draft(long id, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        var errors = await caseStudies.SaveDraftAsync(agreement, UserId, cancellationToken);
        if (errors.Count > 0)
        {
            return await DetailWithErrorsAsync(details, agreement, "CaseStudy", errors.Select(e => ("CaseStudy", e)), cancellationToken);
        }

        TempData["Message"] = Cultures.T("事例の下書きを保存しました。公開には連携先の同意の記録が必要です。", "The case-study draft was saved. Publishing it needs the partner's consent, recorded below.");
        return Redirect(AgreementRoutes.Admin(id) + "#case-study");
    }, cancellationToken);

    [HttpPost("consent")]
    public Task<IActionResult> Consent(long id, ConsentForm consent, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        var errors = new List<(string, string)>();
        var givenBy = JapaneseInput.Text(consent.GivenBy ?? string.Empty);
        if (givenBy.Length is 0 or > 200)
        {
            errors.Add(("Consent.GivenBy", Cultures.T("同意した方（連携先の名前と担当者）を入力してください（200文字以内）。", "Enter who consented for the partner (at most 200 characters).")));
        }

        var givenOn = AgreementValidator.Date("GivenOn", consent.GivenOn, "同意の日", "date of the consent", errors);
        if (givenOn is null && !errors.Any(e => e.Item1.EndsWith("GivenOn", StringComparison.Ordinal)))
        {
            errors.Add(("Form.GivenOn", Cultures.T("同意の日を入力してください。", "Enter the date of the consent.")));
        }

        if (agreement.CaseStudyContentId is not { } contentId)
        {
            errors.Add(("CaseStudy", Cultures.T("先に事例の下書きを作ってください。", "Make the case-study draft first.")));
        }

        if (errors.Count > 0)
        {
            return await DetailWithErrorsAsync(details, agreement, "Consent", errors, cancellationToken);
        }

        if (!await drafts.RecordConsentAsync(agreement.CaseStudyContentId!, givenBy, givenOn!.Value, UserLabel, cancellationToken))
        {
            return await DetailWithErrorsAsync(details, agreement, "CaseStudy", [("CaseStudy", Cultures.T("事例が見つかりません。下書きを作り直してください。", "The case study was not found: make the draft again."))], cancellationToken);
        }

        TempData["Message"] = Cultures.T("公開への同意を記録しました（最新の版に対して）。", "The consent to publication was recorded (for the latest version).");
        return Redirect(AgreementRoutes.Admin(id) + "#case-study");
    }, cancellationToken);

    [HttpPost("publish")]
    public Task<IActionResult> Publish(long id, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        if (agreement.CaseStudyContentId is not { } contentId)
        {
            return await DetailWithErrorsAsync(details, agreement, "CaseStudy", [("CaseStudy", Cultures.T("先に事例の下書きを作ってください。", "Make the case-study draft first."))], cancellationToken);
        }

        // What the public sees is the editors' call: publishing needs the content module's permission too.
        if (!await permissions.HasAsync(User, ContentPermissionNames.PublishContent))
        {
            return Forbid();
        }

        var result = await drafts.PublishAsync(contentId, cancellationToken);
        if (!result.Succeeded)
        {
            return await DetailWithErrorsAsync(details, agreement, "CaseStudy", result.Errors.Values.Select(e => ("CaseStudy", e)), cancellationToken);
        }

        TempData["Message"] = Cultures.T("事例を公開しました。", "The case study was published.");
        return Redirect(AgreementRoutes.Admin(id) + "#case-study");
    }, cancellationToken);
}

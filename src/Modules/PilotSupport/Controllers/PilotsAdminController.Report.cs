using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Controllers;

/// <summary>The report (download, receive, send back, ask again) and the case study (draft, consent, publication).</summary>
internal sealed partial class PilotsAdminController
{
    [HttpGet("{id:long}/report/{fileId}")]
    [AuthorizePermission(Permissions.Names.ViewPilots)]
    public Task<IActionResult> ReportFile(long id, string fileId, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            if (await reports.OpenAsync(pilot, fileId, cancellationToken) is not { } opened)
            {
                return NotFound();
            }

            Response.Headers.CacheControl = "no-store";
            return File(opened.Bytes, opened.File.ContentType, opened.File.FileName);
        }, cancellationToken);

    [HttpPost("{id:long}/report/receive")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> ReceiveReport(long id, string? fileId, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            var change = await reports.ReceiveAsync(pilot, fileId, UserName, UserId, cancellationToken);
            return change.Error is { } error
                ? Refused(id, error, "#report")
                : Done(id, Cultures.T("報告書を受領し、実証実験を完了にしました。", "The report was received and the pilot completed."), change.Warnings, "#report");
        }, cancellationToken);

    [HttpPost("{id:long}/report/return")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> ReturnReport(long id, string? returnMessage, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            var change = await reports.ReturnAsync(pilot, returnMessage, UserName, cancellationToken);
            if (change.Error is { } error)
            {
                ModelState.AddModelError("returnMessage", error);
                ViewData["ReturnMessage"] = returnMessage;
                return View("Detail", await PageAsync(pilot, null, cancellationToken));
            }

            return Done(id, Cultures.T("報告書を差し戻し、事業者等にメッセージを送りました。", "The report was sent back with your message to the business."), change.Warnings, "#report");
        }, cancellationToken);

    [HttpPost("{id:long}/report/request")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> RequestReport(long id, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot => pilot.Status == PilotStatus.AwaitingReport && await lifecycle.RequestReportAsync(pilot, cancellationToken)
            ? Done(id, Cultures.T("事業者等に報告書の提出を依頼しました。", "The business was asked for the report."), [], "#report")
            : Refused(id, Cultures.T("報告書の提出を依頼できませんでした。", "The report could not be asked for."), "#report"), cancellationToken);

    [HttpPost("{id:long}/case-study")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> CaseStudy(long id, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            var result = await caseStudies.SaveDraftAsync(pilot, UserId, cancellationToken);
            return result.Succeeded
                ? Done(id, Cultures.T("連携事例の下書きを保存しました。公開には連携先の同意の記録が必要です。", "The case-study draft was saved; publishing needs the partner's consent on record."), [], "#case-study")
                : Refused(id, string.Join(" ", result.Errors.Values), "#case-study");
        }, cancellationToken);

    [HttpPost("{id:long}/case-study/consent")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> Consent(long id, string? consentBy, string? consentOn, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            var by = PilotForm.Clean(consentBy);
            if (by.Length is 0 or > 200)
            {
                ModelState.AddModelError("consentBy", Cultures.T("同意した方（連携先の名前と役職など）を入力してください（200文字以内）。", "Enter who consented for the partner (name and position), at most 200 characters."));
            }

            if (!PilotForm.TryDay(consentOn, out var on) || on is null || on > list.Today)
            {
                ModelState.AddModelError("consentOn", Cultures.T("同意の日付を 2026-04-01 の形で入力してください（今日まで）。", "Enter the date of consent as 2026-04-01 (today at the latest)."));
            }

            if (ModelState.ErrorCount > 0)
            {
                ViewData["Consent"] = (consentBy, consentOn);
                return View("Detail", await PageAsync(pilot, null, cancellationToken));
            }

            return await caseStudies.RecordConsentAsync(pilot.Id, by, on!.Value, UserName, cancellationToken)
                ? Done(id, Cultures.T("公開への同意を記録しました。", "The consent to publication was recorded."), [], "#case-study")
                : Refused(id, Cultures.T("事例の下書きがないため、同意を記録できません。", "There is no case-study draft to record the consent for."), "#case-study");
        }, cancellationToken);

    [HttpPost("{id:long}/case-study/publish")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> PublishCaseStudy(long id, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            if (!await permissions.HasAsync(User, PublishContentPermission))
            {
                return Forbid();
            }

            var result = await caseStudies.PublishAsync(pilot.Id, cancellationToken);
            return result.Succeeded
                ? Done(id, Cultures.T("連携事例を公開しました。", "The case study was published."), [], "#case-study")
                : Refused(id, string.Join(" ", result.Errors.Values), "#case-study");
        }, cancellationToken);
}

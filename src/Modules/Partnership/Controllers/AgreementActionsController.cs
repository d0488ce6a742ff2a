using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Controllers;

/// <summary>What staff do on an agreement's page: its status, documents, the follow-up log (伴走) and its public page.</summary>
[Route("admin/partnership/agreements/{id:long}")]
[AuthorizePermission(Permissions.Names.ManageAgreements)]
internal sealed class AgreementActionsController(
    PartnershipDbContext db,
    AgreementAccess access,
    AgreementStore store,
    AgreementDocuments documents,
    AgreementPublication publication,
    AgreementDetails details,
    TimeProvider clock) : AgreementControllerBase(db, access)
{
    public const int MaxFollowUpText = 4000;

    [HttpPost("status")]
    public Task<IActionResult> Status(long id, StatusForm change, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        var errors = new List<(string, string)>();
        var signedOn = AgreementValidator.Date("SignedOn", change.SignedOn, "締結日", "signing date", errors);
        if (!Enum.TryParse<AgreementStatus>(change.Status, out var to) || !Enum.IsDefined(to))
        {
            errors.Add(("Form.Status", Cultures.T("変更後の状況を選んでください。", "Choose the new status.")));
        }

        var (changed, message) = errors.Count > 0 ? (false, null) : await store.ChangeStatusAsync(agreement, to, signedOn, UserId, cancellationToken);
        if (!changed)
        {
            errors.Add(("Form.Status", message ?? string.Empty));
            return await DetailWithErrorsAsync(details, agreement, "Change", errors.Where(e => e.Item2.Length > 0), cancellationToken);
        }

        TempData["Message"] = message is null
            ? Cultures.T($"状況を「{AgreementTexts.Status(to).Ja}」にしました。", $"The status is now \"{AgreementTexts.Status(to).En}\".")
            : Cultures.T("状況を変更しましたが、公開ページは更新できませんでした：", "The status changed, but the public page was not updated: ") + message;
        return Redirect(AgreementRoutes.Admin(id));
    }, cancellationToken);

    [HttpPost("documents")]
    [RequestSizeLimit(AgreementDocuments.MaxBytes + (1024 * 1024))]
    public Task<IActionResult> Upload(long id, [FromForm(Name = "Document.File")] IFormFile? document, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        if (await documents.AddAsync(agreement, document, UserLabel, cancellationToken) is { } error)
        {
            return await DetailWithErrorsAsync(details, agreement, "Document", [("Form.File", error)], cancellationToken);
        }

        TempData["Message"] = Cultures.T("文書を登録しました。", "The document was added.");
        return Redirect(AgreementRoutes.Admin(id) + "#documents");
    }, cancellationToken);

    [HttpPost("documents/{documentId:long}/delete")]
    public Task<IActionResult> DeleteDocument(long id, long documentId, CancellationToken cancellationToken) => WithAgreementAsync(id, async _ =>
    {
        var document = await Db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.AgreementId == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Db.Documents.Remove(document);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = Cultures.T("文書を削除しました。", "The document was deleted.");
        return Redirect(AgreementRoutes.Admin(id) + "#documents");
    }, cancellationToken);

    [HttpPost("follow-ups")]
    public Task<IActionResult> FollowUp(long id, FollowUpForm followUp, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        var errors = new List<(string, string)>();
        var heldOn = AgreementValidator.Date("HeldOn", followUp.HeldOn, "実施日", "date", errors);
        if (heldOn is null && errors.Count == 0)
        {
            errors.Add(("Form.HeldOn", Cultures.T("実施日を入力してください。", "Enter the date.")));
        }

        if (!Enum.TryParse<FollowUpKind>(followUp.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(("Form.Kind", Cultures.T("種類を選んでください。", "Choose the kind of contact.")));
        }

        var outcomes = JapaneseInput.Text(followUp.Outcomes ?? string.Empty);
        var next = JapaneseInput.Text(followUp.NextSteps ?? string.Empty);
        if (outcomes.Length == 0 || outcomes.Length > MaxFollowUpText)
        {
            errors.Add(("Form.Outcomes", Cultures.T($"成果・内容を入力してください（{MaxFollowUpText:N0}文字以内）。", $"Write the outcomes (at most {MaxFollowUpText:N0} characters).")));
        }

        if (next.Length > MaxFollowUpText)
        {
            errors.Add(("Form.NextSteps", Cultures.T($"次の対応は{MaxFollowUpText:N0}文字以内で入力してください。", $"Next steps may have at most {MaxFollowUpText:N0} characters.")));
        }

        if (errors.Count > 0)
        {
            return await DetailWithErrorsAsync(details, agreement, "FollowUp", errors, cancellationToken);
        }

        Db.FollowUps.Add(new AgreementFollowUp
        {
            AgreementId = id, HeldOn = heldOn!.Value, Kind = kind, Outcomes = outcomes, NextSteps = next, RecordedBy = UserLabel, RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = Cultures.T("伴走の記録を追加しました。", "The follow-up was recorded.");
        return Redirect(AgreementRoutes.Admin(id) + "#follow-ups");
    }, cancellationToken);

    [HttpPost("publication")]
    public Task<IActionResult> Publication(long id, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        (agreement.PublicationPending, agreement.PublicationError) = (true, null);
        var error = await publication.SyncAsync(agreement, UserId, cancellationToken);
        TempData["Message"] = error is null
            ? Cultures.T("公開ページを更新しました。", "The public page was updated.")
            : Cultures.T("公開ページを更新できませんでした：", "The public page was not updated: ") + error;
        return Redirect(AgreementRoutes.Admin(id) + "#public");
    }, cancellationToken);
}

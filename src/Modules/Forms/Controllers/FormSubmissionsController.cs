using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Controllers;

[Route("admin/forms/submissions")]
internal sealed class FormSubmissionsController(FormsDbContext db, SubmissionQuery query, SubmissionEvents events, SubmissionAudit audit, IPermissionChecker permissions, TimeProvider clock) : Controller
{
    private const int PageSize = 50;
    private const int MaxExportRows = 50_000;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewFormSubmissions)]
    public async Task<IActionResult> Index([FromQuery] SubmissionFilter filter, CancellationToken cancellationToken)
    {
        var filtered = query.Apply(filter);
        var total = await filtered.CountAsync(cancellationToken);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await filtered.Skip((filter.Page - 1) * PageSize).Take(PageSize)
            .Select(s => new SubmissionRow(s.Id, s.FormName, s.ReceiptNumber, s.SubmittedUtc, s.EventStatus, s.EmailStatus, s.Culture))
            .ToListAsync(cancellationToken);
        var forms = await db.Definitions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        return View(new SubmissionListPage(filter, rows, total, PageSize, forms, await permissions.HasAsync(User, Permissions.ManageFormSubmissions)));
    }

    [HttpGet("export.csv")]
    [AuthorizePermission(Permissions.Names.ManageFormSubmissions)]
    public async Task<IActionResult> Export([FromQuery] SubmissionFilter filter, CancellationToken cancellationToken)
    {
        var submissions = await query.Apply(filter).Take(MaxExportRows).ToListAsync(cancellationToken);
        var forms = await db.Definitions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var bytes = SubmissionCsv.Write(submissions, forms, Current == English);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(bytes, "text/csv; charset=utf-8", $"form-submissions-{clock.GetUtcNow().UtcDateTime + JapanTime.Offset:yyyyMMdd-HHmm}.csv");
    }

    [HttpGet("{id:long}")]
    [AuthorizePermission(Permissions.Names.ViewFormSubmissions)]
    public async Task<IActionResult> Detail(long id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:long}/files/{fileId:length(32)}")]
    [AuthorizePermission(Permissions.Names.ViewFormSubmissions)]
    public async Task<IActionResult> Download(long id, string fileId, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.SubmissionId == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        // Always a download, never rendered in the admin's origin; the type cannot be sniffed into HTML.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Data, file.ContentType);
    }

    [HttpPost("{id:long}/resend")]
    [AuthorizePermission(Permissions.Names.ManageFormSubmissions)]
    public async Task<IActionResult> Resend(long id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null)
        {
            return NotFound();
        }

        var status = await events.PublishAsync(submission, cancellationToken);
        TempData[status == SubmissionEventStatus.Failed ? "Error" : "Message"] = status switch
        {
            SubmissionEventStatus.Published => T("ワークフローにイベントを送りました。", "The event was sent to the workflows."),
            SubmissionEventStatus.Skipped => T("ワークフロー機能が無効なため送信しませんでした。", "The workflows are disabled: nothing was sent."),
            _ => T("イベントの送信に失敗しました。後で自動的に再試行します。", "Sending the event failed; it will be retried automatically."),
        };
        return Redirect($"/admin/forms/submissions/{id}");
    }

    [HttpGet("{id:long}/delete")]
    [AuthorizePermission(Permissions.Names.ManageFormSubmissions)]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return submission is null ? NotFound() : View(submission);
    }

    [HttpPost("{id:long}/delete")]
    [AuthorizePermission(Permissions.Names.ManageFormSubmissions)]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(long id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null)
        {
            return NotFound();
        }

        await audit.DeleteAsync([submission], "deleted by staff", cancellationToken);
        TempData["Message"] = T($"受付番号 {submission.ReceiptNumber} を削除しました。", $"Submission {submission.ReceiptNumber} was deleted.");
        return Redirect("/admin/forms/submissions");
    }

    private async Task<SubmissionDetailPage?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        var form = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == submission.FormId, cancellationToken);
        var files = await db.Files.AsNoTracking().Where(f => f.SubmissionId == id)
            .Select(f => new SubmissionFileRow(f.Id, f.FieldName, f.FileName, f.ContentType, f.Length)).ToListAsync(cancellationToken);
        return new SubmissionDetailPage(submission, form, form?.GetFields() ?? [], submission.GetValues(), files, await permissions.HasAsync(User, Permissions.ManageFormSubmissions));
    }
}

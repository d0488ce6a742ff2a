using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>
/// The proposer's private page: opened only with the tracking token (a wrong one is a plain 404), it shows
/// the stage, the answer and the thread, takes replies with files, and withdraws the proposal.
/// </summary>
[AllowAnonymous]
internal sealed class TrackingController(
    ProposalsDbContext db,
    ProposalLinks links,
    ProposalThread thread,
    ProposalEventPublisher events,
    ProposalDocuments documents,
    ProposalSchemes schemes) : Controller
{
    [HttpGet("/propose/track/{token}")]
    [HttpGet("/en/propose/track/{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        return proposal is null ? NotFound() : await PageAsync(proposal, token, cancellationToken);
    }

    [HttpPost("/propose/track/{token}/reply")]
    [HttpPost("/en/propose/track/{token}/reply")]
    [EnableRateLimiting(ProposalsModule.SubmitRateLimit)]
    [RequestSizeLimit(ProposalValidator.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProposalValidator.MaxRequestBytes, MemoryBufferThreshold = ProposalValidator.FormMemoryBytes)]
    public async Task<IActionResult> Reply(string token, string? body, List<int>? confidentialAttachments, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var english = IsEnglish;
        var text = ProposalValidator.Text(body);
        var posted = await AttachmentReader.ReadAsync(Request.Form.Files, "Attachments", ProposalInput.AttachmentRows, ProposalValidator.MaxAttachmentBytes, cancellationToken);
        if (proposal.Stage is ProposalStage.Withdrawn or ProposalStage.Completed)
        {
            ModelState.AddModelError("body", english ? "This proposal is closed; replies are no longer accepted." : "この提案は終了しているため、返信できません。");
        }
        else if (text.Length == 0)
        {
            ModelState.AddModelError("body", english ? "Write your message." : "メッセージを入力してください。");
        }
        else if (text.Length > 10000)
        {
            ModelState.AddModelError("body", english ? "The message can be at most 10,000 characters." : "メッセージは10,000文字以内で入力してください。");
        }

        var refused = new List<(string Key, string Message)>();
        var files = ProposalValidator.CheckAttachments(posted, confidentialAttachments ?? [], english, refused);
        foreach (var (key, message) in refused)
        {
            ModelState.AddModelError(key, message);
        }

        if (!ModelState.IsValid)
        {
            ViewData["ReplyText"] = text;
            return await PageAsync(proposal, token, cancellationToken);
        }

        await thread.ProposerReplyAsync(proposal, text, files, cancellationToken);
        await events.PublishForAsync(proposal.Id, CancellationToken.None);
        TempData["ProposalNotice"] = english ? "Your message was sent to the desk." : "メッセージをデスクに送信しました。";
        return Redirect(ProposalRoutes.TrackingPath(token, english ? Cultures.English : Cultures.Japanese) + "#thread");
    }

    /// <summary>The proposer sends a document the city asked for (an open request), with an optional note.</summary>
    [HttpPost("/propose/track/{token}/documents/{key}")]
    [HttpPost("/en/propose/track/{token}/documents/{key}")]
    [EnableRateLimiting(ProposalsModule.SubmitRateLimit)]
    [RequestSizeLimit(ProposalValidator.MaxAttachmentBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ProposalValidator.MaxAttachmentBytes + (1024 * 1024))]
    public async Task<IActionResult> Document(string token, string key, string? note, bool confidential, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        var request = proposal is null || proposal.Stage is ProposalStage.Withdrawn or ProposalStage.Completed ? null
            : (await documents.ForProposalAsync(proposal.Id, cancellationToken)).FirstOrDefault(r => r.Key == key && r.ClosedUtc is null);
        if (proposal is null || request is null)
        {
            return NotFound();
        }

        var english = IsEnglish;
        var id = TrackingPage.DocumentInputId(key);
        var posted = await AttachmentReader.ReadAsync(Request.Form.Files, "Document", 1, ProposalValidator.MaxAttachmentBytes, cancellationToken);
        var refused = new List<(string Key, string Message)>();
        var files = ProposalValidator.CheckAttachments(posted, confidential ? [0] : [], english, refused);
        var text = ProposalValidator.Text(note);
        if (posted.Count == 0)
        {
            refused.Add((id, english ? "Choose the file to send." : "送信するファイルを選んでください。"));
        }
        else if (text.Length > 2000)
        {
            refused.Add((id, english ? "The note can be at most 2,000 characters." : "ひとことは2,000文字以内で入力してください。"));
        }

        if (refused.Count > 0)
        {
            foreach (var (_, message) in refused)
            {
                ModelState.AddModelError(id, message);
            }

            return await PageAsync(proposal, token, cancellationToken);
        }

        await documents.UploadAsync(proposal, request, text, files, cancellationToken);
        TempData["ProposalNotice"] = english ? $"\"{request.Title(true)}\" was sent to the city." : $"「{request.TitleJa}」を市に送信しました。";
        return Redirect(ProposalRoutes.TrackingPath(token, english ? Cultures.English : Cultures.Japanese) + "#thread");
    }

    [HttpPost("/propose/track/{token}/withdraw")]
    [HttpPost("/en/propose/track/{token}/withdraw")]
    public async Task<IActionResult> Withdraw(string token, bool confirm, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var english = IsEnglish;
        if (!confirm)
        {
            ModelState.AddModelError("confirm", english ? "Tick the box to confirm that you withdraw the proposal." : "取り下げる場合は、確認のチェックを入れてください。");
            return await PageAsync(proposal, token, cancellationToken);
        }

        if (proposal.Stage is not (ProposalStage.Withdrawn or ProposalStage.Completed))
        {
            await thread.WithdrawAsync(proposal, cancellationToken);
        }

        TempData["ProposalNotice"] = english ? "Your proposal was withdrawn." : "提案を取り下げました。";
        return Redirect(ProposalRoutes.TrackingPath(token, english ? Cultures.English : Cultures.Japanese));
    }

    [HttpGet("/propose/track/{token}/files/{fileId}")]
    [HttpGet("/en/propose/track/{token}/files/{fileId}")]
    public async Task<IActionResult> File(string token, string fileId, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        var file = proposal is null ? null : await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.ProposalId == proposal.Id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(file.Data, file.ContentType, file.FileName);
    }

    private bool IsEnglish => Cultures.Current == Cultures.English;

    private async Task<IActionResult> PageAsync(Proposal proposal, string token, CancellationToken cancellationToken)
    {
        var english = IsEnglish;
        var conversation = await ProposalConversation.LoadAsync(db, proposal.Id, cancellationToken);
        var scheme = schemes.Find(proposal.Scheme);
        ViewData["Lang"] = english ? Cultures.English : Cultures.Japanese;
        ViewData["Title"] = english ? $"Your proposal {proposal.ReceiptNumber}" : $"ご提案 {proposal.ReceiptNumber}";
        ViewData["NoIndex"] = true;
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var open = (await documents.ForProposalAsync(proposal.Id, cancellationToken)).Where(r => r.ClosedUtc is null).ToList();
        return View("Track", new TrackingPage(proposal, token, conversation.Thread, conversation.SubmittedFiles, scheme is null ? null : english ? scheme.Name.En : scheme.Name.Ja, english, open));
    }
}

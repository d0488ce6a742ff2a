using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Files;
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
    ProposalSchemes schemes) : Controller
{
    private const int ReplyAttachments = 3;
    private const long MaxRequestBytes = (ReplyAttachments * ProposalValidator.MaxAttachmentBytes) + (1024 * 1024);

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
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Reply(string token, string? body, List<int>? confidentialAttachments, CancellationToken cancellationToken)
    {
        var proposal = await links.FindAsync(token, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var english = IsEnglish;
        var text = ProposalValidator.Text(body);
        var posted = await AttachmentReader.ReadAsync(Request.Form.Files, "Attachments", ReplyAttachments, ProposalValidator.MaxAttachmentBytes, cancellationToken);
        var files = new List<CheckedAttachment>();
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

        foreach (var file in posted)
        {
            var extension = FileSignature.ExtensionOf(file.FileName);
            if (file.Length > ProposalValidator.MaxAttachmentBytes || !ProposalValidator.AttachmentExtensions.Contains(extension) || !FileSignature.Matches(extension, file.Bytes))
            {
                ModelState.AddModelError($"Attachments[{file.Index}]", english
                    ? $"\"{file.FileName}\" is not accepted: PDF, Word, Excel, PowerPoint, PNG or JPEG up to 10 MB, its content matching its name."
                    : $"「{file.FileName}」は受け付けられません（PDF・Word・Excel・PowerPoint・PNG・JPEG、10MBまで、名前と中身が一致するもの）。");
                continue;
            }

            files.Add(new CheckedAttachment(FileSignature.SafeName(file.FileName, extension), FileSignature.ContentTypes[extension], file.Bytes, confidentialAttachments?.Contains(file.Index) == true));
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
        var messages = await db.Messages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var files = await db.Files.AsNoTracking().Where(f => f.ProposalId == proposal.Id)
            .Select(f => new ProposalFile { Id = f.Id, MessageId = f.MessageId, FileName = f.FileName, Length = f.Length, ContentType = f.ContentType, Confidential = f.Confidential, UploadedBy = f.UploadedBy, CreatedUtc = f.CreatedUtc })
            .ToListAsync(cancellationToken);
        var thread = messages.Select(m => new TrackingMessage(m, files.Where(f => f.MessageId == m.Id).ToList())).ToList();
        var scheme = schemes.Find(proposal.Scheme);
        ViewData["Lang"] = english ? Cultures.English : Cultures.Japanese;
        ViewData["Title"] = english ? $"Your proposal {proposal.ReceiptNumber}" : $"ご提案 {proposal.ReceiptNumber}";
        ViewData["NoIndex"] = true;
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return View("Track", new TrackingPage(proposal, token, thread, files.Where(f => f.MessageId is null).ToList(), scheme is null ? null : english ? scheme.Name.En : scheme.Name.Ja, english));
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>
/// The proposal form at /propose (Japanese) and /en/propose, and the receipt page. Never cached: each
/// page carries the visitor's antiforgery token, and the receipt page the private tracking link.
/// </summary>
[AllowAnonymous]
internal sealed class ProposeController(
    ProposalFormOptionsProvider formOptions,
    ProposalStore store,
    ProposalEventPublisher events,
    ProposalEditorFields editorFields,
    IDataProtectionProvider protection,
    ILogger<ProposeController> logger) : Controller
{
    private static readonly TimeSpan ReceiptLifetime = TimeSpan.FromHours(2);

    [HttpGet("/propose")]
    [HttpGet("/en/propose")]
    public async Task<IActionResult> Form(string? challenge, CancellationToken cancellationToken)
    {
        var english = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(english, cancellationToken);
        var input = new ProposalInput { Kind = "free" };
        if (!string.IsNullOrEmpty(challenge))
        {
            var chosen = options.Challenges.FirstOrDefault(c => c.Id == challenge);
            if (chosen is null)
            {
                return NotFound();
            }

            input.Kind = "challenge";
            input.ChallengeId = chosen.Id;
            if (!chosen.IsOpen)
            {
                ModelState.AddModelError("Input.ChallengeId", english
                    ? $"The challenge \"{chosen.Title}\" is closed and no longer accepts proposals. You can still send a free proposal."
                    : $"課題「{chosen.Title}」の募集は終了しました。自由提案としてご提案いただけます。");
                input.Kind = "free";
                input.ChallengeId = null;
            }
        }

        input.PadRows();
        return FormView(input, options, english);
    }

    [HttpPost("/propose")]
    [HttpPost("/en/propose")]
    [EnableRateLimiting(ProposalsModule.SubmitRateLimit)]
    [RequestSizeLimit(ProposalValidator.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProposalValidator.MaxRequestBytes, MemoryBufferThreshold = ProposalValidator.FormMemoryBytes)]
    public async Task<IActionResult> Submit([FromForm(Name = "Input")] ProposalInput input, CancellationToken cancellationToken)
    {
        var english = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(english, cancellationToken);
        if (options.NoticeVersion.Length == 0)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        ModelState.Clear();
        var attachments = await AttachmentReader.ReadAsync(Request.Form.Files, "Attachments", ProposalInput.AttachmentRows, ProposalValidator.MaxAttachmentBytes, cancellationToken);
        var (valid, coreErrors) = ProposalValidator.Validate(input, attachments, options, english);
        var editor = await editorFields.ValidateAsync(Request.Form, cancellationToken);
        if (valid is null || !editor.IsValid)
        {
            var errors = ProposalEditorFields.InPageOrder(coreErrors, editor);
            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError(key, message);
            }

            ViewData["ErrorOrder"] = errors.Select(e => e.Key).ToList();

            input.PadRows();
            return FormView(input, options, english, editor.Values);
        }

        valid = valid with { EditorAnswers = editor.Answers };

        var culture = english ? Cultures.English : Cultures.Japanese;
        var origin = ProposalRoutes.OriginOf(Request);
        var (proposal, token) = await store.SubmitAsync(valid, culture, origin, cancellationToken);
        logger.LogInformation("Proposal {Receipt} stored", proposal.ReceiptNumber);

        // Committed: the event is published now, and retried in the background if this fails.
        await events.PublishForAsync(proposal.Id, CancellationToken.None);
        var payload = Protector().Protect($"{proposal.ReceiptNumber}|{token}|{proposal.Title}", ReceiptLifetime);
        return Redirect((english ? "/en/propose/received?r=" : "/propose/received?r=") + Uri.EscapeDataString(payload));
    }

    [HttpGet("/propose/received")]
    [HttpGet("/en/propose/received")]
    public IActionResult Received(string? r)
    {
        string[] parts;
        try
        {
            parts = string.IsNullOrEmpty(r) ? [] : Protector().Unprotect(r).Split('|', 3);
        }
        catch (CryptographicException)
        {
            parts = [];
        }

        if (parts.Length != 3)
        {
            return NotFound();
        }

        var english = Cultures.Current == Cultures.English;
        SetPage(english, english ? "Thank you for your proposal" : "提案を受け付けました", "/propose/received", noIndex: true);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var trackingPath = ProposalRoutes.TrackingPath(parts[1], english ? Cultures.English : Cultures.Japanese);
        return View("Received", new ReceivedPage(parts[0], parts[2], ProposalRoutes.OriginOf(Request) + trackingPath, trackingPath, english));
    }

    private ViewResult FormView(ProposalInput input, ProposalFormOptions options, bool english, IReadOnlyDictionary<string, string>? editorValues = null)
    {
        SetPage(english, english ? "Propose a collaboration" : "民間提案の応募", "/propose", noIndex: false);
        ViewData["Description"] = english
            ? "Propose a collaboration with Aomori City under the private proposal scheme: free proposals and proposals on the city's challenges."
            : "民間提案制度による提案（自由提案・課題提案）の応募フォームです。";
        Response.Headers.CacheControl = "no-store";
        return View("Form", new ProposeFormPage(input, options, english, EditorValues: editorValues));
    }

    private void SetPage(bool english, string title, string path, bool noIndex)
    {
        ViewData["Lang"] = english ? Cultures.English : Cultures.Japanese;
        ViewData["Title"] = title;
        ViewData["AlternateUrl"] = english ? path : "/en" + path;
        ViewData["AlternateIsTranslation"] = true;
        if (noIndex)
        {
            ViewData["NoIndex"] = true;
        }
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Proposals.Receipt").ToTimeLimitedDataProtector();
}

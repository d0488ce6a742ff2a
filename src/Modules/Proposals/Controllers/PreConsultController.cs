using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>事前相談 at /propose/consult (and /en/…): a short form, stored before it is acknowledged. Never cached.</summary>
[AllowAnonymous]
internal sealed class PreConsultController(ProposalFormOptionsProvider formOptions, PreConsultations consultations) : Controller
{
    [HttpGet("/propose/consult")]
    [HttpGet("/en/propose/consult")]
    public async Task<IActionResult> Form(CancellationToken cancellationToken) =>
        await FormAsync(new ConsultationInput(), cancellationToken);

    [HttpPost("/propose/consult")]
    [HttpPost("/en/propose/consult")]
    [EnableRateLimiting(ProposalsModule.SubmitRateLimit)]
    public async Task<IActionResult> Submit([FromForm(Name = "Input")] ConsultationInput input, CancellationToken cancellationToken)
    {
        var english = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(english, cancellationToken);
        if (options.NoticeVersion.Length == 0)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        ModelState.Clear();
        var errors = PreConsultations.Validate(input, options.NoticeVersion, english);
        if (errors.Count > 0)
        {
            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError(key, message);
            }

            ViewData["ErrorOrder"] = errors.Select(e => e.Key).ToList();
            return await FormAsync(input, cancellationToken);
        }

        var consultation = await consultations.SubmitAsync(input, english ? Cultures.English : Cultures.Japanese, ProposalRoutes.OriginOf(Request), cancellationToken);
        TempData["ConsultationReceipt"] = consultation.ReceiptNumber;
        return Redirect(ProposalRoutes.ConsultationFormUrl(english ? Cultures.English : Cultures.Japanese) + "/received");
    }

    [HttpGet("/propose/consult/received")]
    [HttpGet("/en/propose/consult/received")]
    public IActionResult Received()
    {
        if (TempData["ConsultationReceipt"] is not string receipt)
        {
            return NotFound();
        }

        var english = Cultures.Current == Cultures.English;
        SetPage(english, english ? "We received your request for a consultation" : "事前相談を受け付けました", "/propose/consult/received");
        ViewData["NoIndex"] = true;
        Response.Headers.CacheControl = "no-store";
        return View("Received", (receipt, english));
    }

    private async Task<IActionResult> FormAsync(ConsultationInput input, CancellationToken cancellationToken)
    {
        var english = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(english, cancellationToken);
        input.NoticeVersion ??= options.NoticeVersion;
        SetPage(english, english ? "Consult the desk before proposing" : "事前相談の申込み", "/propose/consult");
        Response.Headers.CacheControl = "no-store";
        return View("Form", new ConsultationFormPage(input, options.NoticeText, options.NoticeVersion, english));
    }

    private void SetPage(bool english, string title, string path)
    {
        ViewData["Lang"] = english ? Cultures.English : Cultures.Japanese;
        ViewData["Title"] = title;
        ViewData["AlternateUrl"] = english ? path : "/en" + path;
        ViewData["AlternateIsTranslation"] = true;
    }
}

using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>"Send me my link again": the answer is the same whether the address is known or not.</summary>
[AllowAnonymous]
internal sealed class LinkRequestController(ProposalLinks links) : Controller
{
    [HttpGet("/propose/link")]
    [HttpGet("/en/propose/link")]
    public IActionResult Form() => PageView(new LinkRequestPage(null, false, IsEnglish));

    [HttpPost("/propose/link")]
    [HttpPost("/en/propose/link")]
    [EnableRateLimiting(ProposalsModule.SubmitRateLimit)]
    public async Task<IActionResult> Send(string? email, CancellationToken cancellationToken)
    {
        var english = IsEnglish;
        var address = JapaneseInput.FoldWidth(email ?? string.Empty).Trim();
        if (address.Length == 0 || address.Length > 254 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            ModelState.AddModelError("email", english ? "Enter the e-mail address you gave in your proposal, like taro@example.com." : "提案時に入力したメールアドレスを入力してください（例：taro@example.jp）。");
            return PageView(new LinkRequestPage(address, false, english));
        }

        var origin = ProposalRoutes.OriginOf(Request);
        if (!await links.ResendAsync(address, origin, english, cancellationToken))
        {
            ModelState.AddModelError("email", english ? "Links were requested for this address several times in the last hour. Please try again later." : "このアドレスへの再発行は1時間に数回までです。時間をおいてお試しください。");
            return PageView(new LinkRequestPage(address, false, english));
        }

        return PageView(new LinkRequestPage(null, true, english));
    }

    private bool IsEnglish => Cultures.Current == Cultures.English;

    private ViewResult PageView(LinkRequestPage page)
    {
        ViewData["Lang"] = page.English ? Cultures.English : Cultures.Japanese;
        ViewData["Title"] = page.English ? "Get a new link to your proposal" : "提案の専用ページのリンクの再発行";
        ViewData["AlternateUrl"] = page.English ? "/propose/link" : "/en/propose/link";
        ViewData["AlternateIsTranslation"] = true;
        Response.Headers.CacheControl = "no-store";
        return View("Link", page);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.Modules.Forms.Controllers;

/// <summary>
/// Public forms at /forms/{name} (and the contact form at /contact), Japanese at the root and English
/// under /en. Never output-cached: each page carries the visitor's antiforgery token.
/// </summary>
[AllowAnonymous]
internal sealed class PublicFormsController(
    FormsDbContext db,
    FormDefinitionStore definitions,
    SubmissionStore store,
    SubmissionEvents events,
    IDataProtectionProvider protection,
    ILogger<PublicFormsController> logger) : Controller
{
    private static readonly TimeSpan ThanksLifetime = TimeSpan.FromHours(2);

    [HttpGet("/contact")]
    [HttpGet("/en/contact")]
    public Task<IActionResult> Contact(CancellationToken cancellationToken) => ShowAsync(FormRoutes.ContactForm, cancellationToken);

    [HttpGet("/forms/{name}")]
    [HttpGet("/en/forms/{name}")]
    public Task<IActionResult> Show(string name, CancellationToken cancellationToken) =>
        name == FormRoutes.ContactForm
            ? Task.FromResult<IActionResult>(RedirectPermanent(FormRoutes.FormUrl(name, Cultures.Current)))
            : ShowAsync(name, cancellationToken);

    [HttpPost("/contact")]
    [HttpPost("/en/contact")]
    [EnableRateLimiting(FormsModule.SubmitRateLimit)]
    [TypeFilter(typeof(RequestLimitFilter), Order = RequestLimitFilter.Order)]
    public Task<IActionResult> SubmitContact(CancellationToken cancellationToken) => SubmitAsync(FormRoutes.ContactForm, cancellationToken);

    [HttpPost("/forms/{name}")]
    [HttpPost("/en/forms/{name}")]
    [EnableRateLimiting(FormsModule.SubmitRateLimit)]
    [TypeFilter(typeof(RequestLimitFilter), Order = RequestLimitFilter.Order)]
    public Task<IActionResult> Submit(string name, CancellationToken cancellationToken) => SubmitAsync(name, cancellationToken);

    [HttpGet("/contact/thanks")]
    [HttpGet("/en/contact/thanks")]
    public Task<IActionResult> ContactThanks(string? t, CancellationToken cancellationToken) => ThanksAsync(FormRoutes.ContactForm, t, cancellationToken);

    [HttpGet("/forms/{name}/thanks")]
    [HttpGet("/en/forms/{name}/thanks")]
    public Task<IActionResult> Thanks(string name, string? t, CancellationToken cancellationToken) => ThanksAsync(name, t, cancellationToken);

    private async Task<IActionResult> ShowAsync(string name, CancellationToken cancellationToken)
    {
        var form = await FindServedAsync(name, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        return FormView(form, new Dictionary<string, string>());
    }

    private async Task<IActionResult> SubmitAsync(string name, CancellationToken cancellationToken)
    {
        var form = await FindServedAsync(name, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        if (!form.IsOpen)
        {
            return FormView(form, new Dictionary<string, string>());
        }

        var culture = Cultures.Current;
        if (!string.IsNullOrEmpty(Request.Form[FormRoutes.Honeypot]))
        {
            logger.LogWarning("Honeypot filled on form {Form} from {Address}: pretended success, nothing stored", form.Name, HttpContext.Connection.RemoteIpAddress);
            return Redirect(FormRoutes.ThanksUrl(form.Name, culture, Protect(0)));
        }

        var fields = form.GetFields();
        var result = FormValidator.Validate(fields, await ReadInputAsync(fields, cancellationToken));
        if (!result.IsValid)
        {
            foreach (var (key, message) in result.Errors)
            {
                ModelState.AddModelError(key, message);
            }

            return FormView(form, result.Values);
        }

        var origin = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var submission = await store.StoreAsync(form, result, culture, origin, cancellationToken);
        logger.LogInformation("Form {Form} submission {Receipt} stored", form.Name, submission.ReceiptNumber);

        // Stored and committed: whatever happens to the event now, the submission is kept and retried.
        await events.PublishAsync(submission, CancellationToken.None);
        return Redirect(FormRoutes.ThanksUrl(form.Name, culture, Protect(submission.Id)));
    }

    private async Task<IActionResult> ThanksAsync(string name, string? token, CancellationToken cancellationToken)
    {
        var form = await FindServedAsync(name, cancellationToken);
        if (form is null || Unprotect(token) is not { } id)
        {
            return NotFound();
        }

        string? receipt = null;
        if (id != 0)
        {
            receipt = await db.Submissions.AsNoTracking().Where(s => s.Id == id && s.FormName == name).Select(s => s.ReceiptNumber).FirstOrDefaultAsync(cancellationToken);
            if (receipt is null)
            {
                return NotFound();
            }
        }

        var english = Cultures.Current == Cultures.English;
        SetLayout(form, english, null);
        ViewData["Title"] = english ? $"Thank you — {form.Title(true)}" : $"送信完了 — {form.Title(false)}";
        ViewData["NoIndex"] = true;
        Response.Headers.CacheControl = "no-store";
        return View("Thanks", new ThanksPage(form, receipt, english));
    }

    /// <summary>A form a module declared is shown by that module on its own page, never here.</summary>
    private async Task<FormDefinition?> FindServedAsync(string name, CancellationToken cancellationToken) =>
        definitions.ModuleTemplate(name) is null ? await definitions.FindAsync(name, cancellationToken) : null;

    private ViewResult FormView(FormDefinition form, IReadOnlyDictionary<string, string> values)
    {
        var english = Cultures.Current == Cultures.English;
        SetLayout(form, english, form.Intro(english));
        Response.Headers.CacheControl = "no-store";
        var page = new PublicFormPage(form, form.GetFields(), values, english, FormRoutes.FormUrl(form.Name, english ? Cultures.English : Cultures.Japanese));
        return View("Form", page);
    }

    private void SetLayout(FormDefinition form, bool english, string? description)
    {
        var culture = english ? Cultures.English : Cultures.Japanese;
        ViewData["Lang"] = culture;
        ViewData["Title"] = form.Title(english);
        ViewData["Description"] = string.IsNullOrWhiteSpace(description) ? null : description.ReplaceLineEndings(" ").Trim();
        ViewData["AlternateUrl"] = FormRoutes.FormUrl(form.Name, english ? Cultures.Japanese : Cultures.English);
        ViewData["AlternateIsTranslation"] = true;
    }

    private async Task<FormInput> ReadInputAsync(IReadOnlyList<FormField> fields, CancellationToken cancellationToken)
    {
        var posted = await Request.ReadFormAsync(cancellationToken);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var files = new Dictionary<string, PostedFile>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var key = FormValidator.InputId(field.Name);
            if (field.Kind != FormFieldKind.File)
            {
                values[field.Name] = posted[key].Where(v => v is not null).Select(v => v!).ToList();
                continue;
            }

            if (posted.Files.GetFile(key) is { Length: > 0 } file)
            {
                var max = Math.Min(field.MaxBytes ?? FormValidator.DefaultFileMaxBytes, FormRules.MaxFileBytes);

                // A file over its limit is refused without being read.
                var bytes = file.Length > max ? [] : await ReadAsync(file, cancellationToken);
                files[field.Name] = new PostedFile(file.FileName, file.Length, bytes);
            }
        }

        return new FormInput(values, files);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private string Protect(long submissionId) =>
        protection.CreateProtector("Forms.Thanks").ToTimeLimitedDataProtector()
            .Protect(submissionId.ToString(CultureInfo.InvariantCulture), ThanksLifetime);

    private long? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var text = protection.CreateProtector("Forms.Thanks").ToTimeLimitedDataProtector().Unprotect(token);
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>
/// 情報公開 of one proposal, for the desk: record the consultation of the proposer, choose what is released,
/// and print the redacted copy (each copy audited). The proposal must also be one the user may see.
/// </summary>
[Route("admin/proposals/{id:long}/disclosure")]
[AuthorizePermission(Permissions.Names.ManageProposals)]
internal sealed class ProposalDisclosureController(
    ProposalsDbContext db, ProposalAccess access, ProposalDisclosure disclosure, DisclosureExport export, TimeProvider clock) : Controller
{
    // The form's fields are named Form.* on the page (its model is the page), so are its errors.
    private const string DayKey = "Form.ConsultedOn";
    private const string MethodKey = "Form.Method";
    private const string OpinionKey = "Form.OpinionSummary";
    private static readonly string[] FieldOrder = [DayKey, MethodKey, OpinionKey];

    [HttpGet("")]
    public Task<IActionResult> Index(long id, CancellationToken cancellationToken) =>
        WithProposalAsync(id, async proposal =>
        {
            var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return View("Disclosure", await disclosure.PageAsync(proposal, new ConsultationForm { ConsultedOn = today }, cancellationToken));
        }, cancellationToken);

    [HttpPost("consultation")]
    public Task<IActionResult> Consultation(long id, [FromForm(Name = "Form")] ConsultationForm form, CancellationToken cancellationToken) =>
        WithProposalAsync(id, async proposal =>
        {
            ModelState.Clear();
            var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
            var opinion = ProposalValidator.Text(form.OpinionSummary);
            var day = (form.ConsultedOn ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) || on > today)
            {
                ModelState.AddModelError(DayKey, Cultures.T("照会した日を、今日までの日付（例：2026-12-10）で入力してください。", "Enter the day of the consultation, today or earlier (e.g. 2026-12-10)."));
            }

            var method = ProposalDisclosure.Methods.FirstOrDefault(m => m.Method.ToString() == form.Method);
            if (method.Label is null)
            {
                ModelState.AddModelError(MethodKey, Cultures.T("照会の方法を選んでください。", "Choose how the proposer was consulted."));
            }

            if (opinion.Length is 0 or > ProposalDisclosure.OpinionMaxLength)
            {
                ModelState.AddModelError(OpinionKey, Cultures.T("提案者の意見の要旨を入力してください（4,000文字以内）。", "Write the proposer's opinion in short (at most 4,000 characters)."));
            }

            if (!ModelState.IsValid)
            {
                ViewData["ErrorOrder"] = FieldOrder;
                return View("Disclosure", await disclosure.PageAsync(proposal, form, cancellationToken));
            }

            await disclosure.RecordConsultationAsync(id, on, method.Method, opinion, User.Identity?.Name ?? "?", cancellationToken);
            TempData["Message"] = Cultures.T("提案者への意見照会を記録しました。", "The consultation of the proposer was recorded.");
            return Redirect(ProposalDisclosure.Url(id) + "#consultations");
        }, cancellationToken);

    [HttpPost("release")]
    public Task<IActionResult> Release(long id, string[]? released, CancellationToken cancellationToken) =>
        WithProposalAsync(id, async _ =>
        {
            await disclosure.ReleaseAsync(id, released ?? [], User.Identity?.Name ?? "?", cancellationToken);
            TempData["Message"] = Cultures.T("開示する資料の選択を保存しました。", "The released items were saved.");
            return Redirect(ProposalDisclosure.Url(id) + "#release");
        }, cancellationToken);

    [HttpGet("print")]
    public Task<IActionResult> Print(long id, CancellationToken cancellationToken) =>
        WithProposalAsync(id, async proposal =>
        {
            Response.Headers.CacheControl = "no-store";
            return View("Print", await export.ExportAsync(proposal, cancellationToken));
        }, cancellationToken);

    private async Task<IActionResult> WithProposalAsync(long id, Func<Proposal, Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        return await access.CanSeeAsync(User, proposal, cancellationToken) ? await action(proposal) : Forbid();
    }
}

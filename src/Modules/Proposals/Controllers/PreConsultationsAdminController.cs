using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>The desk's 事前相談: the list, one request, its status, and "register as a proposal" (the staff form, pre-filled).</summary>
[Route("admin/proposals/consultations")]
[AuthorizePermission(Permissions.Names.ManageProposals)]
internal sealed class PreConsultationsAdminController(ProposalsDbContext db) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, int page, CancellationToken cancellationToken)
    {
        var query = db.Consultations.AsNoTracking();
        ConsultationStatus? chosen = Enum.TryParse<ConsultationStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
        if (chosen is { } c)
        {
            query = query.Where(x => x.Status == c);
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.SubmittedUtc).ThenByDescending(x => x.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        ViewData["Title"] = Cultures.T("事前相談", "Consultations before proposing");
        return View("Index", new ConsultationListPage(rows, chosen, total, page));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (consultation is null)
        {
            return NotFound();
        }

        ViewData["Title"] = $"{consultation.ReceiptNumber} {consultation.Topic}";
        return View("Detail", consultation);
    }

    [HttpPost("{id:long}/status")]
    public async Task<IActionResult> SetStatus(long id, string? status, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (consultation is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<ConsultationStatus>(status, out var next) || next is not (ConsultationStatus.InDiscussion or ConsultationStatus.Closed) || consultation.Status == ConsultationStatus.Proposed)
        {
            TempData["Message"] = Cultures.T("この状態には変更できません。", "The status cannot be changed to that.");
            return Redirect(ProposalRoutes.ConsultationAdminUrl(id));
        }

        consultation.Status = next;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = Cultures.T("状態を変更しました。", "The status was changed.");
        return Redirect(ProposalRoutes.ConsultationAdminUrl(id));
    }

    public static LocalizedText StatusText(ConsultationStatus status) => status switch
    {
        ConsultationStatus.New => new("新規", "New"),
        ConsultationStatus.InDiscussion => new("相談中", "In discussion"),
        ConsultationStatus.Proposed => new("提案に移行", "Became a proposal"),
        _ => new("終了", "Closed"),
    };
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

internal sealed partial class ProposalsAdminController
{
    /// <summary>照会: the desk asks another department for its opinion, with a deadline in business days.</summary>
    [HttpPost("{id:long}/opinions")]
    [AuthorizePermission(Permissions.Names.ManageProposals)]
    public async Task<IActionResult> RequestOpinion(long id, string? opinionDepartment, string? opinionQuestion, int? opinionDays, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, proposal, cancellationToken))
        {
            return Forbid();
        }

        var errors = await opinions.RequestAsync(proposal, opinionDepartment, opinionQuestion, opinionDays ?? ProposalOpinions.DefaultDays, User.Identity?.Name ?? string.Empty, cancellationToken);
        if (errors.Count == 0)
        {
            TempData["Message"] = Cultures.T("照会を送りました（照会先の課に通知しました）。", "The request was sent (the department was notified).");
            return Redirect(ProposalRoutes.AdminUrl(id) + "#opinions");
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        ViewData["OpinionInput"] = (opinionDepartment, ProposalValidator.Text(opinionQuestion), opinionDays);
        ViewData["ErrorOrder"] = new[] { "opinionDepartment", "opinionQuestion", "opinionDays" };
        return View("Detail", await PageAsync(proposal, true, cancellationToken));
    }

    /// <summary>The asked department's answer to a 照会 (staff of that department only).</summary>
    [HttpPost("{id:long}/opinions/{requestId:long}/answer")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> AnswerOpinion(long id, long requestId, string? opinionAnswer, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, proposal, cancellationToken))
        {
            return Forbid();
        }

        var error = await opinions.AnswerAsync(proposal, requestId, opinionAnswer, await access.OwnDepartmentAsync(User), User.Identity?.Name ?? string.Empty, cancellationToken);
        if (error is null)
        {
            TempData["Message"] = Cultures.T("照会に回答しました（デスクに通知しました）。", "Your answer was sent (the desk was notified).");
            return Redirect(ProposalRoutes.AdminUrl(id) + "#opinions");
        }

        ModelState.AddModelError($"opinionAnswer-{requestId}", error);
        ViewData["OpinionAnswer"] = ProposalValidator.Text(opinionAnswer);
        var canManage = await permissions.HasAsync(User, Permissions.ManageProposals);
        return View("Detail", await PageAsync(proposal, canManage, cancellationToken));
    }

    /// <summary>The desk gives a 照会 more time (<paramref name="extendDays"/>) or withdraws it (without).</summary>
    [HttpPost("{id:long}/opinions/{requestId:long}/change")]
    [AuthorizePermission(Permissions.Names.ManageProposals)]
    public async Task<IActionResult> ChangeOpinion(long id, long requestId, int? extendDays, string? change, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, proposal, cancellationToken))
        {
            return Forbid();
        }

        var extend = change == "extend";
        var error = await opinions.ChangeAsync(proposal, requestId, extend ? extendDays ?? 0 : null, User.Identity?.Name ?? string.Empty, cancellationToken);
        if (error is null)
        {
            TempData["Message"] = extend
                ? Cultures.T("照会の回答期限を延ばしました（照会先の課に通知しました）。", "The deadline was moved (the department was notified).")
                : Cultures.T("照会を取り下げました（照会先の課に通知しました）。", "The request was withdrawn (the department was notified).");
            return Redirect(ProposalRoutes.AdminUrl(id) + "#opinions");
        }

        ModelState.AddModelError($"extendDays-{requestId}", error);
        return View("Detail", await PageAsync(proposal, true, cancellationToken));
    }
}

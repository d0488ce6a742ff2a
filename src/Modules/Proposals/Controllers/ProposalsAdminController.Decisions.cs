using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

internal sealed partial class ProposalsAdminController
{
    /// <summary>Completes the proposal's workflow task with the decision; who may decide is the workflow's rule (My tasks).</summary>
    [HttpPost("{id:long}/decide")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> Decide(long id, Guid taskId, string? outcome, string? comment, string? department, string? scheme, CancellationToken cancellationToken)
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

        var errors = await decisions.DecideAsync(proposal, new DecisionInput(taskId, outcome, comment, department, scheme), User, cancellationToken);
        if (errors.Count == 0)
        {
            TempData["Message"] = Cultures.T($"「{DecisionOutcomes.Label(outcome!, false)}」で作業を完了しました。", $"The task was completed: {DecisionOutcomes.Label(outcome!, true)}.");
            return Redirect(ProposalRoutes.AdminUrl(id));
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        ViewData["DecisionTask"] = taskId;
        ViewData["DecisionComment"] = ProposalValidator.Text(comment);
        ViewData["DecisionChoice"] = new DecisionInput(taskId, outcome, null, department, scheme);
        ViewData["ErrorOrder"] = new[] { "decision", "outcome", "scheme", "department", "comment" };
        var canManage = await permissions.HasAsync(User, Permissions.ManageProposals);
        return View("Detail", await PageAsync(proposal, canManage, cancellationToken));
    }

    /// <summary>"Assign to me" from the proposal page (a given task) or the inbox (the first task the user may take).</summary>
    [HttpPost("{id:long}/assign-to-me")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> AssignToMe(long id, Guid? taskId, string? returnTo, CancellationToken cancellationToken)
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

        TempData["Message"] = await decisions.AssignToMeAsync(proposal, taskId, User, cancellationToken)
            ? Cultures.T($"{proposal.ReceiptNumber} の作業をあなたの担当にしました。", $"The task of {proposal.ReceiptNumber} is now yours.")
            : Cultures.T($"{proposal.ReceiptNumber} には、あなたが担当できる作業がありません。", $"{proposal.ReceiptNumber} has no task you can take.");
        return Redirect(returnTo == "inbox" ? ProposalRoutes.AdminInbox : ProposalRoutes.AdminUrl(id));
    }
}

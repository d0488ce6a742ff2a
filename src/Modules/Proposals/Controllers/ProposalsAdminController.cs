using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>The staff side: the inbox and a proposal's page (details, files, thread, routing), within the viewer's department scope.</summary>
[Route("admin/proposals")]
internal sealed partial class ProposalsAdminController(
    ProposalsDbContext db,
    ProposalInbox inbox,
    ProposalAccess access,
    ProposalThread thread,
    ProposalSchemes schemes,
    ProposalDecisions decisions,
    ProposalOpinions opinions,
    ProposalDocuments documents,
    IUserDirectory directory,
    IPermissionChecker permissions,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> Index([FromQuery] InboxQuery query, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        var scope = await access.DepartmentScopeAsync(User);
        var result = await inbox.ListAsync(filter, scope, cancellationToken);
        var departments = await directory.DepartmentsAsync(cancellationToken);
        return View("Index", new InboxPage(filter, result, schemes.Enabled(), departments, scope is not null));
    }

    [HttpGet("{id:long}")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> Detail(long id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, proposal, cancellationToken))
        {
            return Forbid();
        }

        var canManage = await permissions.HasAsync(User, Permissions.ManageProposals);
        if (canManage && proposal.UnreadReplies > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Messages.Where(m => m.ProposalId == id && m.Author == MessageAuthor.Proposer && m.ReadUtc == null)
                .ExecuteUpdateAsync(x => x.SetProperty(m => m.ReadUtc, now), cancellationToken);
            proposal.UnreadReplies = 0;
            await db.SaveChangesAsync(cancellationToken);
        }

        return View("Detail", await PageAsync(proposal, canManage, cancellationToken));
    }

    [HttpPost("{id:long}/message")]
    [AuthorizePermission(Permissions.Names.ManageProposals)]
    public async Task<IActionResult> Message(long id, string? body, bool awaitReply, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var text = ProposalValidator.Text(body);
        if (text.Length is 0 or > 10000)
        {
            ModelState.AddModelError("body", Cultures.T("メッセージを入力してください（10,000文字以内）。", "Write the message (at most 10,000 characters)."));
            ViewData["MessageText"] = text;
            return View("Detail", await PageAsync(proposal, true, cancellationToken));
        }

        await thread.DeskMessageAsync(id, text, User.Identity?.Name, awaitReply, false, cancellationToken);
        TempData["Message"] = Cultures.T("提案者にメッセージを送りました（提案者にはお知らせのメールが届きます）。", "The message was sent (the proposer gets a notice by e-mail).");
        return Redirect(ProposalRoutes.AdminUrl(id) + "#thread");
    }

    [HttpPost("{id:long}/department")]
    [AuthorizePermission(Permissions.Names.ManageProposals)]
    public async Task<IActionResult> SetDepartment(long id, string? department, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        // While a flow works on the proposal, routing is its decision (the flow must know the department).
        if ((await decisions.TasksAsync(proposal, User, cancellationToken)).Count > 0)
        {
            ModelState.AddModelError("department", Cultures.T("ワークフローの作業中です。担当課は「担当課へ回付する」の判断で選んでください。", "A workflow is working on it: choose the department with the decision \"Route to the department\"."));
            return View("Detail", await PageAsync(proposal, true, cancellationToken));
        }

        var active = (await directory.DepartmentsAsync(cancellationToken)).Where(d => d.IsActive).ToList();
        if (active.All(d => d.Code != department))
        {
            ModelState.AddModelError("department", Cultures.T("担当課を有効な課の中から選んでください。", "Choose the department from the active departments."));
            return View("Detail", await PageAsync(proposal, true, cancellationToken));
        }

        proposal.LeadDepartmentCode = department;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = Cultures.T("担当課を設定しました。", "The lead department was set.");
        return Redirect(ProposalRoutes.AdminUrl(id));
    }

    [HttpGet("{id:long}/files/{fileId}")]
    [AuthorizePermission(Permissions.Names.ViewProposals)]
    public async Task<IActionResult> File(long id, string fileId, CancellationToken cancellationToken)
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

        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.ProposalId == id, cancellationToken);
        if (file is null || file.Data.Length == 0)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(file.Data, file.ContentType, file.FileName);
    }

    private async Task<ProposalDetailPage> PageAsync(Proposal proposal, bool canManage, CancellationToken cancellationToken)
    {
        var conversation = await ProposalConversation.LoadAsync(db, proposal.Id, cancellationToken);
        var scheme = schemes.Find(proposal.Scheme);
        return new ProposalDetailPage(
            proposal,
            JsonSerializer.Deserialize<List<ProposalOrganization>>(proposal.OrganizationsJson, ProposalJson.Options) ?? [],
            JsonSerializer.Deserialize<List<string>>(proposal.ConfidentialFieldsJson, ProposalJson.Options) ?? [],
            conversation.SubmittedFiles,
            conversation.Thread,
            scheme is null ? proposal.Scheme : Cultures.T(scheme.Name.Ja, scheme.Name.En),
            await directory.DepartmentsAsync(cancellationToken),
            canManage,
            await decisions.TasksAsync(proposal, User, cancellationToken),
            await opinions.ForProposalAsync(proposal.Id, cancellationToken),
            await access.OwnDepartmentAsync(User),
            schemes.Enabled().Where(s => s.Id != ProposalSchemes.Undecided).ToList(),
            await decisions.FlowsAsync(proposal, cancellationToken),
            await documents.ForProposalAsync(proposal.Id, cancellationToken));
    }
}

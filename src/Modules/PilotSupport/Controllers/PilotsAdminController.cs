using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Controllers;

/// <summary>The pilot registry for staff: the list and a pilot's page, within the viewer's department scope.</summary>
[Route("admin/pilots")]
internal sealed partial class PilotsAdminController(
    PilotSupportDbContext db,
    PilotAccess access,
    PilotList list,
    PilotCsv csv,
    PilotLifecycle lifecycle,
    PilotReports reports,
    PilotCaseStudies caseStudies,
    PilotPublicPages publicPages,
    IUserDirectory directory,
    IPermissionChecker permissions,
    IBusinessCalendar calendar,
    TimeProvider clock) : Controller
{
    /// <summary>The content module's permission to publish; the case study's publication is the editors' decision.</summary>
    private const string PublishContentPermission = ContentPermissionNames.PublishContent;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewPilots)]
    public async Task<IActionResult> Index([FromQuery] PilotQuery query, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        var scope = await access.DepartmentScopeAsync(User);
        var result = await list.ListAsync(filter, scope, cancellationToken);
        var years = (await PilotAccess.Within(db.Pilots, scope).Where(p => p.StartDate != null).Select(p => p.StartDate!.Value).ToListAsync(cancellationToken))
            .Select(d => d.Year).Distinct().OrderDescending().ToList();
        return View("Index", new PilotListPage(filter, result, await directory.DepartmentsAsync(cancellationToken), scope is not null, years));
    }

    [HttpGet("export.csv")]
    [AuthorizePermission(Permissions.Names.ViewPilots)]
    public async Task<IActionResult> Export([FromQuery] PilotQuery query, CancellationToken cancellationToken)
    {
        var (file, _) = await csv.WriteAsync(query.ToFilter(), await access.DepartmentScopeAsync(User), Cultures.Current == Cultures.English, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file, CsvFile.ContentType, $"pilots-{JapanTime.Day(clock.GetUtcNow().UtcDateTime):yyyyMMdd}.csv");
    }

    [HttpGet("{id:long}")]
    [AuthorizePermission(Permissions.Names.ViewPilots)]
    public Task<IActionResult> Detail(long id, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot => View("Detail", await PageAsync(pilot, null, cancellationToken)), cancellationToken);

    [HttpPost("{id:long}")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> Save(long id, [Bind(Prefix = "Form")] PilotForm form, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            var canMove = await access.DepartmentScopeAsync(User) is null;
            var errors = PilotFormRules.Validate(form, canMove, await directory.DepartmentsAsync(cancellationToken));
            if (errors.Count > 0)
            {
                foreach (var (key, message) in errors)
                {
                    ModelState.AddModelError("Form." + key, message);
                }

                ViewData["ErrorOrder"] = PilotForm.Order.Select(k => "Form." + k).ToList();
                return View("Detail", await PageAsync(pilot, form, cancellationToken));
            }

            if (PilotFormRules.Apply(form, pilot, canMove))
            {
                await PilotChecklist.FillDueDatesAsync(pilot, recompute: false, calendar, cancellationToken);
            }

            pilot.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            if (!await lifecycle.SaveAsync(cancellationToken))
            {
                return Refused(id, PilotLifecycle.Concurrent);
            }

            return Done(id, Cultures.T("実証実験を保存しました。", "The pilot was saved."), await lifecycle.SyncPublicAsync(pilot, UserId, cancellationToken));
        }, cancellationToken);

    private string UserName => User.Identity?.Name ?? string.Empty;

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Loads the pilot with its checklist; 404 when unknown, 403 (audited) outside the user's department.</summary>
    private async Task<IActionResult> WithPilotAsync(long id, Func<Pilot, Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        var pilot = await db.Pilots.Include(p => p.Checklist).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pilot is null)
        {
            return NotFound();
        }

        if (!await access.CanSeeAsync(User, pilot, cancellationToken))
        {
            return Forbid();
        }

        pilot.Checklist.Sort((a, b) => a.Step.CompareTo(b.Step));
        return await action(pilot);
    }

    private RedirectResult Done(long id, string message, IReadOnlyList<string> warnings, string anchor = "")
    {
        TempData["Message"] = message;
        if (warnings.Count > 0)
        {
            TempData["Error"] = string.Join(" ", warnings);
        }

        return Redirect(PilotRoutes.AdminUrl(id) + anchor);
    }

    private RedirectResult Refused(long id, string error, string anchor = "")
    {
        TempData["Error"] = error;
        return Redirect(PilotRoutes.AdminUrl(id) + anchor);
    }

    private async Task<PilotDetailPage> PageAsync(Pilot pilot, PilotForm? form, CancellationToken cancellationToken)
    {
        var canManage = await permissions.HasAsync(User, Permissions.ManagePilots);
        return new PilotDetailPage(
            pilot,
            form ?? PilotForm.From(pilot),
            await reports.ProposalAsync(pilot, cancellationToken),
            await directory.DepartmentsAsync(cancellationToken),
            canManage,
            canManage && await access.DepartmentScopeAsync(User) is null,
            list.Today,
            await publicPages.StatusAsync(pilot.Id, cancellationToken),
            pilot.Status == PilotStatus.Completed ? await caseStudies.StatusAsync(pilot.Id, cancellationToken) : null,
            caseStudies.Available,
            await permissions.HasAsync(User, PublishContentPermission));
    }
}

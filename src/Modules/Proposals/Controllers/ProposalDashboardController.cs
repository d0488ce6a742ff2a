using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>The proposals in figures and as a CSV file, within the viewer's department scope (as the inbox).</summary>
[Route("admin/proposals/dashboard")]
[AuthorizePermission(Permissions.Names.ViewProposals)]
internal sealed class ProposalDashboardController(
    ProposalAccess access,
    ProposalDashboard dashboard,
    ProposalCsv csv,
    ProposalSchemes schemes,
    IEnumerable<ISchemeReport> schemeReports,
    IFeatureManager features,
    IUserDirectory directory,
    IAuditTrail audit,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scope = await access.DepartmentScopeAsync(User);
        var figures = await dashboard.FiguresAsync(scope, cancellationToken);
        var departments = await directory.DepartmentsAsync(cancellationToken);
        var reports = new List<SchemeReport>();
        // A scheme's figures cover all its records: the desk's view, not a department's.
        foreach (var report in scope is null ? schemeReports.Where(r => features.IsEnabled(r.GetType().Assembly)) : [])
        {
            reports.Add(await report.BuildAsync(cancellationToken));
        }

        return View("Index", new DashboardPage(figures, departments, schemes, scope is not null, reports));
    }

    [HttpGet("/admin/proposals/export.csv")]
    public async Task<IActionResult> Export([FromQuery] InboxQuery query, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter() with { Page = 1 };
        var scope = await access.DepartmentScopeAsync(User);
        var (file, rows) = await csv.WriteAsync(filter, scope, Cultures.Current == Cultures.English, cancellationToken);
        var what = JsonSerializer.Serialize(new { filter = InboxQuery.QueryString(filter), departmentScope = scope, rows }, ProposalJson.Options);
        await audit.RecordAsync(new AuditRecord(ProposalsModule.Id, "Exported", "ProposalList", "export.csv", null, what), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file, Core.Data.CsvFile.ContentType, $"proposals-{clock.GetUtcNow().UtcDateTime + JapanTime.Offset:yyyyMMdd-HHmm}.csv");
    }
}

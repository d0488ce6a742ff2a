using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Controllers;

/// <summary>The agreements registry: the list (filters, paging, CSV) and an agreement's page, within the viewer's department scope.</summary>
[Route("admin/partnership/agreements")]
internal sealed class AgreementsAdminController(
    PartnershipDbContext db,
    AgreementAccess access,
    AgreementList list,
    AgreementCsv csv,
    AgreementDetails details,
    IUserDirectory directory,
    IAuditTrail audit,
    TimeProvider clock) : AgreementControllerBase(db, access)
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewAgreements)]
    public async Task<IActionResult> Index([FromQuery] AgreementQuery query, CancellationToken cancellationToken)
    {
        var scope = await Access.DepartmentScopeAsync(User);
        var result = await list.ListAsync(query, scope, cancellationToken);
        return View("Index", new AgreementListPage(query, result, await directory.DepartmentsAsync(cancellationToken), scope is not null, await Access.CanManageAsync(User)));
    }

    [HttpGet("export.csv")]
    [AuthorizePermission(Permissions.Names.ViewAgreements)]
    public async Task<IActionResult> Export([FromQuery] AgreementQuery query, CancellationToken cancellationToken)
    {
        var scope = await Access.DepartmentScopeAsync(User);
        var (file, rows) = await csv.WriteAsync(query, scope, Cultures.Current == Cultures.English, cancellationToken);
        var what = JsonSerializer.Serialize(new { filter = query.QueryString(), departmentScope = scope, rows });
        await audit.RecordAsync(new AuditRecord(PartnershipModule.Id, "Exported", "AgreementList", "export.csv", null, what), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file, CsvFile.ContentType, $"agreements-{clock.GetUtcNow().UtcDateTime + JapanTime.Offset:yyyyMMdd-HHmm}.csv");
    }

    [HttpGet("{id:long}")]
    [AuthorizePermission(Permissions.Names.ViewAgreements)]
    public Task<IActionResult> Detail(long id, CancellationToken cancellationToken) =>
        WithAgreementAsync(id, async agreement => View("Detail", await details.BuildAsync(agreement, User, cancellationToken)), cancellationToken);

    [HttpGet("{id:long}/documents/{documentId:long}")]
    [AuthorizePermission(Permissions.Names.ViewAgreements)]
    public Task<IActionResult> Document(long id, long documentId, CancellationToken cancellationToken) => WithAgreementAsync(id, async _ =>
    {
        var document = await Db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.AgreementId == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(document.Data, document.ContentType, document.FileName);
    }, cancellationToken);
}

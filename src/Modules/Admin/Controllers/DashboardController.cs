using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Admin.Controllers;

[Route("admin")]
[AuthorizePermission(Permissions.Names.AccessAdmin)]
internal sealed class DashboardController(IAdminMenu menu, IAuditTrail audit, IPermissionChecker permissions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var groups = await menu.GetMenuAsync(User);
        var recent = await permissions.HasAsync(User, AuditPermissionNames.ViewAuditTrail) ? await audit.GetRecentAsync(10) : [];
        return View(new Models.DashboardPage(groups, recent, await permissions.HasAsync(User, Permissions.ManageSettings)));
    }
}

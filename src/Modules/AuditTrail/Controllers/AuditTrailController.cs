using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.AuditTrail.Models;

namespace OpenCityAomori.Modules.AuditTrail.Controllers;

[Route("admin/audit")]
[AuthorizePermission(Permissions.Names.ViewAuditTrail)]
internal sealed class AuditTrailController(AuditTrailDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilter filter, int page = 1)
    {
        var query = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(e => e.Category == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(e => e.UserName.Contains(filter.User.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            query = query.Where(e => e.EntityType.Contains(entity) || e.EntityId == entity);
        }

        if (filter.From is { } from)
        {
            var start = JapanTime.StartOfDayUtc(DateOnly.FromDateTime(from));
            query = query.Where(e => e.OccurredUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = JapanTime.EndOfDayUtc(DateOnly.FromDateTime(to));
            query = query.Where(e => e.OccurredUtc < end);
        }

        var total = await query.CountAsync();
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, totalPages);
        var events = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var categories = await db.Events.Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync();
        return View(new AuditListPage(events, filter, page, totalPages, categories));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id)
    {
        var item = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        return item is null ? NotFound() : View(item);
    }
}

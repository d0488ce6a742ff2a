using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Notifications.Controllers;

/// <summary>The e-mail outbox: what is waiting, what failed and why, and a way to try again now.</summary>
[Route("admin/notifications/outbox")]
internal sealed class EmailOutboxController(NotificationsDbContext db, TimeProvider clock, ILogger<EmailOutboxController> logger) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ManageEmailOutbox)]
    public async Task<IActionResult> Index(string? status, int page = 1)
    {
        EmailStatus? filter = Enum.TryParse<EmailStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
        var query = db.Emails.AsNoTracking();
        if (filter is { } s)
        {
            query = query.Where(e => e.Status == s);
        }

        var total = await query.CountAsync();
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, totalPages);
        var emails = await query.OrderByDescending(e => e.CreatedUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var counts = (await db.Emails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Count);
        return View(new OutboxPage(emails, filter, counts, page, totalPages));
    }

    [HttpGet("{id:guid}")]
    [AuthorizePermission(Permissions.Names.ManageEmailOutbox)]
    public async Task<IActionResult> Details(Guid id)
    {
        var email = await db.Emails.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        return email is null ? NotFound() : View(email);
    }

    /// <summary>Makes a waiting or failed message due now; a failed one gets one more attempt.</summary>
    [HttpPost("{id:guid}/retry")]
    [AuthorizePermission(Permissions.Names.ManageEmailOutbox)]
    public async Task<IActionResult> Retry(Guid id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Emails
            .Where(e => e.Id == id && (e.Status == EmailStatus.Pending || e.Status == EmailStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Pending).SetProperty(e => e.NextAttemptUtc, now));
        if (changed == 0)
        {
            if (!await db.Emails.AnyAsync(e => e.Id == id))
            {
                return NotFound();
            }

            TempData["Error"] = T("送信中または送信済みのメールは再送できません。", "A message being sent or already sent cannot be retried.");
        }
        else
        {
            logger.LogInformation("E-mail {Id} queued for an immediate retry by {User}", id, User.Identity?.Name);
            TempData["Message"] = T("まもなく再送します。", "The message will be retried shortly.");
        }

        return Redirect($"/admin/notifications/outbox/{id}");
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;
using OpenCityAomori.Modules.Notifications.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Notifications.Controllers;

/// <summary>The signed-in staff member's own notifications; every query is scoped to their user id.</summary>
[Route("admin/notifications")]
internal sealed class NotificationInboxController(NotificationsDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewOwnNotifications)]
    public async Task<IActionResult> Index(int page = 1)
    {
        var mine = db.Items.AsNoTracking().Where(n => n.UserId == UserId);
        var total = await mine.CountAsync();
        var unread = await mine.CountAsync(n => n.ReadUtc == null);
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, totalPages);
        var items = await mine
            .OrderBy(n => n.ReadUtc == null ? 0 : 1)
            .ThenByDescending(n => n.CreatedUtc)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
        return View(new InboxPage(items, unread, page, totalPages));
    }

    /// <summary>Follows a notification's link and marks it read on the way.</summary>
    [HttpGet("{id:guid}/open")]
    [AuthorizePermission(Permissions.Names.ViewOwnNotifications)]
    public async Task<IActionResult> Open(Guid id)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.UserId == UserId);
        if (item is null)
        {
            return NotFound();
        }

        await MarkReadAsync(db.Items.Where(n => n.Id == id));
        return item.Url is { } url && NotificationSender.IsLocalPath(url) ? LocalRedirect(url) : Redirect("/admin/notifications");
    }

    [HttpPost("{id:guid}/read")]
    [AuthorizePermission(Permissions.Names.ViewOwnNotifications)]
    public async Task<IActionResult> MarkRead(Guid id)
    {
        var changed = await MarkReadAsync(db.Items.Where(n => n.Id == id));
        if (changed == 0 && !await db.Items.AnyAsync(n => n.Id == id && n.UserId == UserId))
        {
            return NotFound();
        }

        return Redirect("/admin/notifications");
    }

    [HttpPost("read-all")]
    [AuthorizePermission(Permissions.Names.ViewOwnNotifications)]
    public async Task<IActionResult> MarkAllRead()
    {
        var changed = await MarkReadAsync(db.Items);
        TempData["Message"] = T($"{changed}件を既読にしました。", $"Marked {changed} as read.");
        return Redirect("/admin/notifications");
    }

    private Task<int> MarkReadAsync(IQueryable<UserNotification> items)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return items.Where(n => n.UserId == UserId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now));
    }
}

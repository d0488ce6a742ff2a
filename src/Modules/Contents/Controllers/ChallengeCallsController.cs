using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>
/// The desk's call for challenges (照会): a notice to the staff of chosen departments, with a deadline, linking to a new draft;
/// and the drafts they sent, which the desk (or an editor) publishes here.
/// </summary>
[Route("admin/contents/department-calls")]
[AuthorizePermission(Permissions.Names.CallForDepartmentDrafts)]
internal sealed class ChallengeCallsController(
    ContentsDbContext db, ContentManager manager, IContentDefinitionStore definitions, IUserDirectory directory, INotificationSender notifications, TimeProvider clock)
    : Controller
{
    public const int MessageMaxLength = 2_000;

    [HttpGet("")]
    public Task<IActionResult> Index() => ShowAsync(new DepartmentCallForm());

    [HttpPost("")]
    public async Task<IActionResult> Send(DepartmentCallForm form)
    {
        var active = (await directory.DepartmentsAsync(HttpContext.RequestAborted)).Where(d => d.IsActive).ToList();
        var chosen = active.Where(d => form.Departments.Contains(d.Code)).ToList();
        if (chosen.Count == 0 || chosen.Count != form.Departments.Distinct().Count())
        {
            ModelState.AddModelError("Form.Departments", T("照会する課を一覧から選んでください。", "Choose the departments to ask from the list."));
        }

        var message = form.Message?.Trim() ?? string.Empty;
        if (message.Length is 0 or > MessageMaxLength)
        {
            ModelState.AddModelError("Form.Message", T($"依頼の内容を{MessageMaxLength}文字以内で入力してください。", $"Enter the request within {MessageMaxLength} characters."));
        }

        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        if (!DateOnly.TryParseExact(form.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline) || deadline < today)
        {
            ModelState.AddModelError("Form.Deadline", T("締切は今日以降の日付を 2026-04-01 のように入力してください。", "Enter a deadline from today on, e.g. 2026-04-01."));
        }

        if (!ModelState.IsValid || await OwnedTypeAsync() is not { } type)
        {
            return await ShowAsync(form);
        }

        var due = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var count = await notifications.NotifyAsync(
            new NotificationRequest(
                $"{type.DisplayName.Ja}の照会（{due}まで）/ Call for {type.DisplayName.En} (by {due})",
                message,
                $"{DepartmentDraftsPaths.List}/new/{Uri.EscapeDataString(type.Name)}",
                DepartmentCodes: chosen.Select(d => d.Code).ToList(),
                Source: "contents:call-for-drafts"),
            HttpContext.RequestAborted);
        TempData["Message"] = T($"{chosen.Count}課（{count}人）に照会しました。", $"Sent to {chosen.Count} department(s) ({count} people).");
        return Redirect(DepartmentDraftsPaths.Call);
    }

    /// <summary>The desk that asked publishes a department's reply: a never-published draft of the asked type.</summary>
    [HttpPost("publish/{id}")]
    public async Task<IActionResult> Publish(string id)
    {
        var type = await OwnedTypeAsync();
        var item = type is null ? null : await db.Items.FirstOrDefaultAsync(i => i.ContentItemId == id && i.ContentType == type.Name && i.FirstPublishedUtc == null);
        if (item is null)
        {
            return NotFound();
        }

        await manager.PublishAsync(item, HttpContext.RequestAborted);
        TempData["Message"] = T($"「{item.Title}」を公開しました。", $"'{item.Title}' is published.");
        return Redirect(DepartmentDraftsPaths.Call + "#replies");
    }

    private async Task<IActionResult> ShowAsync(DepartmentCallForm form)
    {
        var departments = (await directory.DepartmentsAsync(HttpContext.RequestAborted)).Where(d => d.IsActive).ToList();
        if (await OwnedTypeAsync() is not { } type)
        {
            return NotFound();
        }

        var replies = await db.Items.AsNoTracking().Where(i => i.ContentType == type.Name && i.FirstPublishedUtc == null)
            .OrderByDescending(i => i.ModifiedUtc).Take(200).ToListAsync(HttpContext.RequestAborted);
        return View("Call", new DepartmentCallPage(form, departments, type, replies));
    }

    /// <summary>The department-owned type the call asks drafts of (行政課題).</summary>
    private async Task<ContentTypeDefinition?> OwnedTypeAsync() =>
        (await definitions.GetTypesAsync(HttpContext.RequestAborted)).FirstOrDefault(t => t.OwnerDepartmentField is not null);
}

using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Admin.Models;
using OpenCityAomori.Modules.Admin.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Admin.Controllers;

/// <summary>The business calendar's settings, and the closed days of the next twelve months they give.</summary>
[Route("admin/settings/calendar")]
[AuthorizePermission(Permissions.Names.ManageBusinessCalendar)]
internal sealed class BusinessCalendarController(BusinessCalendar calendar, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var form = new BusinessCalendarForm
        {
            ClosedWeekdays = Enumerable.Range(0, 7).Select(d => rules.ClosedWeekdays.Contains((DayOfWeek)d)).ToArray(),
            NationalHolidaysClosed = rules.NationalHolidaysClosed,
            YearEndFrom = rules.YearEnd is { } y ? $"{y.FromMonth}/{y.FromDay}" : string.Empty,
            YearEndTo = rules.YearEnd is { } z ? $"{z.ToMonth}/{z.ToDay}" : string.Empty,
            ClosedDays = BusinessCalendarFormReader.Write(rules.ClosedDays),
        };
        return View(WithPreview(form, rules));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(BusinessCalendarForm form, CancellationToken cancellationToken)
    {
        var rules = BusinessCalendarFormReader.Read(form, (field, message) => ModelState.AddModelError(field, message));
        if (rules is null || !ModelState.IsValid)
        {
            return View(WithPreview(form, await calendar.GetRulesAsync(cancellationToken)));
        }

        await calendar.SaveAsync(rules, cancellationToken);
        TempData["Message"] = T("業務日カレンダーを保存しました。期限の計算は新しい設定で行われます。", "Business calendar saved. Deadlines are now counted with these settings.");
        return RedirectToAction(nameof(Index));
    }

    private BusinessCalendarForm WithPreview(BusinessCalendarForm form, CalendarRules saved)
    {
        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        form.Upcoming = saved.ExceptionalClosuresBetween(today, today.AddMonths(12)).ToList();
        form.WeeklyClosed = saved.ClosedWeekdays.Order().ToList();
        return form;
    }
}

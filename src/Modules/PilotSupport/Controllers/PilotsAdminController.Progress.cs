using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Controllers;

/// <summary>Status changes and the coordination checklist.</summary>
internal sealed partial class PilotsAdminController
{
    [HttpPost("{id:long}/status")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> Status(long id, string? to, string? reason, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            if (!Enum.TryParse<PilotStatus>(to, out var status) || !Enum.IsDefined(status))
            {
                return Refused(id, Cultures.T("変更後の状態を選んでください。", "Choose the new status."), "#status");
            }

            var change = await lifecycle.ChangeStatusAsync(pilot, status, reason, UserId, cancellationToken);
            if (change.Error is { } error)
            {
                // The reason typed for 中止 is kept on the page with the message.
                ModelState.AddModelError(status == PilotStatus.Cancelled ? "reason" : string.Empty, error);
                ViewData["Reason"] = reason;
                return View("Detail", await PageAsync(pilot, null, cancellationToken));
            }

            var label = PilotText.Status(status);
            return Done(id, Cultures.T($"状態を「{label.Ja}」にしました。", $"The pilot is now {label.En.ToLowerInvariant()}."), change.Warnings, "#status");
        }, cancellationToken);

    [HttpPost("{id:long}/checklist/{step}")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> Checklist(long id, string step, string? action, string? dueOn, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            if (!Enum.TryParse<PilotStep>(step, out var s) || pilot.Checklist.FirstOrDefault(i => i.Step == s) is not { } item)
            {
                return NotFound();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            switch (action)
            {
                case "due" when PilotForm.TryDay(dueOn, out var day):
                    item.DueOn = day;
                    break;
                case "due":
                    ModelState.AddModelError($"dueOn-{s}", Cultures.T($"「{PilotText.Step(s).Ja}」の期限は 2026-04-01 の形で入力してください。", $"Enter the due date of \"{PilotText.Step(s).En}\" as 2026-04-01."));
                    ViewData["DueOn"] = (s, dueOn);
                    return View("Detail", await PageAsync(pilot, null, cancellationToken));
                case "done" when s == PilotStep.ReportReceipt && pilot.HasProposal:
                    return Refused(id, Cultures.T("報告書受領は、報告書の欄の「受領する」で記録します。", "Record the report's receipt with \"Receive\" in the report section."), "#report");
                case "done" when !PilotStatusRules.IsOpen(pilot.Status):
                    return Refused(id, Cultures.T("完了・中止した実証実験のチェックリストは変更できません。", "The checklist of a completed or cancelled pilot cannot change."), "#checklist");
                case "done":
                    (item.CompletedUtc, item.CompletedBy) = (now, UserName);
                    break;
                case "undo" when PilotStatusRules.IsOpen(pilot.Status) && !(s == PilotStep.Conduct && pilot.Status == PilotStatus.AwaitingReport):
                    (item.CompletedUtc, item.CompletedBy) = (null, null);
                    break;
                default:
                    return Refused(id, Cultures.T("この項目は未完了に戻せません。", "This step cannot be reopened."), "#checklist");
            }

            pilot.UpdatedUtc = now;
            return await lifecycle.SaveAsync(cancellationToken)
                ? Done(id, Cultures.T($"「{PilotText.Step(s).Ja}」を更新しました。", $"\"{PilotText.Step(s).En}\" was updated."), [], "#checklist")
                : Refused(id, PilotLifecycle.Concurrent, "#checklist");
        }, cancellationToken);

    /// <summary>Sets the due dates of the open steps again from the period.</summary>
    [HttpPost("{id:long}/checklist-dates")]
    [AuthorizePermission(Permissions.Names.ManagePilots)]
    public Task<IActionResult> ChecklistDates(long id, CancellationToken cancellationToken) =>
        WithPilotAsync(id, async pilot =>
        {
            if (pilot.StartDate is null || pilot.EndDate is null)
            {
                return Refused(id, Cultures.T("先に実施期間（開始日と終了日）を入力してください。", "Enter the period (start and end dates) first."), "#checklist");
            }

            await PilotChecklist.FillDueDatesAsync(pilot, recompute: true, calendar, cancellationToken);
            return await lifecycle.SaveAsync(cancellationToken)
                ? Done(id, Cultures.T("未完了の項目の期限を実施期間から設定し直しました。", "The open steps' due dates were set again from the period."), [], "#checklist")
                : Refused(id, PilotLifecycle.Concurrent, "#checklist");
        }, cancellationToken);
}

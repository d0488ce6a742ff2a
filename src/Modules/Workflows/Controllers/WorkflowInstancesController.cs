using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>Instances: a filtered, paged list; one instance with its diagram, position, history and variables; retry and cancel.</summary>
[Route("admin/workflows/instances")]
internal sealed class WorkflowInstancesController(
    WorkflowInstanceQuery query,
    WorkflowInstanceAdmin admin,
    WorkflowDefinitionStore definitions,
    IPermissionChecker permissions) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewWorkflowInstances)]
    public async Task<IActionResult> Index([FromQuery] InstanceListQuery filter, CancellationToken cancellationToken)
    {
        filter.Page = Math.Max(1, filter.Page);
        var status = Enum.TryParse<InstanceStatus>(filter.Status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : (InstanceStatus?)null;
        filter.Status = status?.ToString();
        filter.Definition = string.IsNullOrWhiteSpace(filter.Definition) ? null : filter.Definition.Trim();
        filter.BusinessKey = string.IsNullOrWhiteSpace(filter.BusinessKey) ? null : filter.BusinessKey.Trim();
        var page = await query.ListAsync(
            new InstanceFilter(
                filter.Definition,
                status,
                filter.BusinessKey,
                filter.From is { } from ? JapanTime.StartOfDayUtc(from) : null,
                filter.To is { } to ? JapanTime.EndOfDayUtc(to) : null,
                filter.Page,
                PageSize),
            cancellationToken);
        var names = (await definitions.ListAsync(cancellationToken)).Select(d => d.Name).ToList();
        var rows = page.Items.Select(i => new InstanceRow(i.Id, i.DefinitionName, i.DefinitionVersion, i.BusinessKey, i.Status.ToString(), i.CreatedUtc, i.UpdatedUtc, i.CompletedUtc)).ToList();
        return View(new InstanceListPage(rows, filter, names, page.Total, PageSize));
    }

    [HttpGet("{id:guid}")]
    [AuthorizePermission(Permissions.Names.ViewWorkflowInstances)]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        var labels = DesignerData.Labels(detail.Xml);
        var i = detail.Instance;
        var faulted = i.Status == InstanceStatus.Faulted && detail.FaultedElementId is { } f ? new[] { f } : [];
        var current = detail.ActiveElementIds.Select(e => new CurrentStep(e, labels.GetValueOrDefault(e, e), Describe(e, detail))).ToList();
        var done = detail.History.Where(h => h.ElementId is not null).Select(h => h.ElementId!)
            .Where(e => !detail.ActiveElementIds.Contains(e)).Distinct(StringComparer.Ordinal).ToList();
        var openTasks = detail.Tasks.Where(t => t.Status == WorkflowTaskStatus.Open)
            .Select(t => new TaskRow(t.Id, t.InstanceId, t.Name, t.DefinitionName, t.BusinessKey, t.AssigneeUser, t.Role, t.DepartmentCode, t.CreatedUtc, t.DueUtc, false))
            .ToList();
        return View(new InstanceDetailPage(
            new InstanceRow(i.Id, i.DefinitionName, i.DefinitionVersion, i.BusinessKey, i.Status.ToString(), i.CreatedUtc, i.UpdatedUtc, i.CompletedUtc),
            i.Error,
            detail.FaultedElementId,
            current,
            openTasks,
            Variables(detail.Variables),
            detail.History.Select(h => ToRow(h, labels)).ToList(),
            DesignerData.ViewerJson(detail.Xml, detail.ActiveElementIds, done, faulted),
            await permissions.HasAsync(User, Permissions.ManageWorkflowInstances)));
    }

    [HttpPost("{id:guid}/retry")]
    [AuthorizePermission(Permissions.Names.ManageWorkflowInstances)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken)
    {
        var result = await admin.RetryAsync(id, WorkflowDefinitionsController.Actor(User), cancellationToken);
        return AfterAction(id, result, T("再実行しました。", "The instance was retried."));
    }

    [HttpPost("{id:guid}/cancel")]
    [AuthorizePermission(Permissions.Names.ManageWorkflowInstances)]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken)
    {
        var result = await admin.CancelAsync(id, WorkflowDefinitionsController.Actor(User), cancellationToken);
        return AfterAction(id, result, T("インスタンスを取り消しました。", "The instance was cancelled."));
    }

    internal static IReadOnlyList<VariableRow> Variables(IReadOnlyDictionary<string, string?> variables) =>
        variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new VariableRow(v.Key, v.Value)).ToList();

    internal static HistoryRow ToRow(WorkflowHistoryEntry h) => ToRow(h, null);

    internal static HistoryRow ToRow(WorkflowHistoryEntry h, IReadOnlyDictionary<string, string>? labels) =>
        new(h.AtUtc, h.Kind, h.ElementId, h.Actor, h.Outcome, h.Message,
            h.ElementId is { } e && labels?.GetValueOrDefault(e) is { Length: > 0 } name && name != e ? name : null);

    private IActionResult AfterAction(Guid id, InstanceActionResult result, string done)
    {
        if (result.Status == InstanceActionStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = done;
        }
        else
        {
            TempData["Error"] = T("実行できません: ", "Not possible: ") + result.Message;
        }

        return Redirect($"/admin/workflows/instances/{id}");
    }

    private static string Describe(string elementId, InstanceDetail detail)
    {
        if (detail.Tasks.FirstOrDefault(t => t.ElementId == elementId && t.Status == WorkflowTaskStatus.Open) is { } task)
        {
            var due = task.DueUtc is DateTime d ? T($"（期限 {JapanTime.Format(d)}）", $" (due {JapanTime.Format(d)} JST)") : "";
            return T("タスクの完了待ち", "Waiting for the task to be completed") + due;
        }

        var gatewayWaits = detail.Waits.Where(w => w.GatewayId == elementId).ToList();
        if (gatewayWaits.Count > 0)
        {
            return T("先に起きたイベントへ進みます：", "Moves on with whichever comes first: ") + string.Join(T("、", "; "), gatewayWaits.Select(DescribeWait));
        }

        if (detail.Waits.FirstOrDefault(w => w.ElementId == elementId) is { } wait)
        {
            return DescribeWait(wait);
        }

        return elementId == detail.FaultedElementId ? T("エラーで停止", "Stopped by an error") : T("実行中", "Running");
    }

    private static string DescribeWait(WaitView wait) => wait.Kind switch
    {
        WaitKind.Message => T($"メッセージ「{wait.EventName}」待ち", $"Waiting for the message '{wait.EventName}'"),
        WaitKind.Timer => T($"タイマー待ち（{JapanTime.Format(wait.DueUtc)}）", $"Waiting for the timer ({JapanTime.Format(wait.DueUtc)} JST)"),
        _ => T($"自動再試行待ち（{JapanTime.Format(wait.DueUtc)}）", $"Waiting for an automatic retry ({JapanTime.Format(wait.DueUtc)} JST)"),
    };
}

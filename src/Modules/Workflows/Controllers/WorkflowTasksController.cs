using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>"My tasks": the inbox and the task page where a task is completed with an outcome and a comment (no script needed).</summary>
[Route("admin/workflows/tasks")]
internal sealed class WorkflowTasksController(WorkflowTaskService tasks, IPermissionChecker permissions) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.WorkOnWorkflowTasks)]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var inbox = await tasks.InboxAsync(User, page, PageSize, cancellationToken);
        var rows = inbox.Items.Select(t => new TaskRow(
            t.Id, t.InstanceId, t.Name, t.DefinitionName, t.BusinessKey, t.AssigneeUser, t.Role, t.DepartmentCode, t.CreatedUtc, t.DueUtc, t.IsOverdue)).ToList();
        return View(new TaskListPage(rows, inbox.Total, inbox.Overdue, inbox.Page, inbox.Pages));
    }

    [HttpGet("{id:guid}")]
    [AuthorizePermission(Permissions.Names.WorkOnWorkflowTasks)]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, new CompleteTaskForm(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}")]
    [AuthorizePermission(Permissions.Names.WorkOnWorkflowTasks)]
    public async Task<IActionResult> Complete(Guid id, [Bind(Prefix = "Form")] CompleteTaskForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Outcome))
        {
            ModelState.AddModelError("Form.Outcome", T("結果を選んでください。", "Choose an outcome."));
        }
        else
        {
            var result = await tasks.CompleteAsync(id, form.Outcome, string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim(), User, cancellationToken);
            switch (result.Status)
            {
                case TaskCompletionStatus.Completed:
                    TempData["Message"] = T("タスクを完了しました。", "The task was completed.");
                    return Redirect($"/admin/workflows/tasks/{id}");
                case TaskCompletionStatus.NotFound:
                    return NotFound();
                case TaskCompletionStatus.Forbidden:
                    return Forbid();
                case TaskCompletionStatus.NotOpen:
                    TempData["Error"] = T("このタスクはすでに完了または取り消されています。", "This task has already been completed or cancelled.");
                    return Redirect($"/admin/workflows/tasks/{id}");
                default:
                    ModelState.AddModelError("Form.Outcome", T("この結果は選べません。", "This outcome is not allowed."));
                    break;
            }
        }

        var page = await PageAsync(id, form, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Detail), page);
    }

    private async Task<TaskPage?> PageAsync(Guid id, CompleteTaskForm form, CancellationToken cancellationToken)
    {
        var detail = await tasks.GetAsync(id, User, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var t = detail.Task;
        var row = new TaskRow(t.Id, t.InstanceId, t.Name, t.DefinitionName, t.BusinessKey, t.AssigneeUser, t.Role, t.DepartmentCode, t.CreatedUtc, t.DueUtc, detail.IsOverdue);
        return new TaskPage(
            row,
            t.Description,
            detail.CanComplete,
            t.Status == WorkflowTaskStatus.Open,
            t.CompletedBy,
            t.CompletedUtc,
            t.Outcome,
            t.Comment,
            detail.Outcomes,
            WorkflowInstancesController.Variables(detail.Variables),
            detail.History.Select(WorkflowInstancesController.ToRow).ToList(),
            form,
            await permissions.HasAsync(User, Permissions.ViewWorkflowInstances));
    }
}

using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>
/// "My tasks" and completing tasks. A user may complete an open task assigned to them by name or id,
/// to one of their roles, or to their department; administrators may complete any.
/// </summary>
internal sealed partial class WorkflowTaskService(WorkflowsDbContext db, WorkflowStepRunner steps, TimeProvider clock, IPermissionChecker permissions, IUserDirectory directory)
{
    /// <summary>
    /// One page of the open tasks this user may complete: named for them, or for their roles and department
    /// (a task for a role and a department goes to people holding the role in that department).
    /// </summary>
    public async Task<TaskInbox> InboxAsync(ClaimsPrincipal user, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var me = await IdentifyAsync(user, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.Tasks.AsNoTracking().Where(t => t.Status == WorkflowTaskStatus.Open).Where(AssignedTo(me));
        var total = await mine.CountAsync(cancellationToken);
        var overdue = await mine.CountAsync(t => t.DueUtc != null && t.DueUtc < now, cancellationToken);
        pageSize = Math.Clamp(pageSize, 1, 200);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var tasks = await mine
            .OrderBy(t => t.DueUtc == null)
            .ThenBy(t => t.DueUtc)
            .ThenBy(t => t.CreatedUtc)
            .ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var items = tasks
            .Select(t => new TaskInboxItem(t.Id, t.Name, t.DefinitionName, t.BusinessKey, t.AssigneeUser, t.Role, t.DepartmentCode, t.CreatedUtc, t.DueUtc, t.DueUtc < now, t.InstanceId))
            .ToList();
        return new TaskInbox(items, total, overdue, page, pageSize);
    }

    /// <summary>The task when <paramref name="user"/> may complete it or view workflow instances; otherwise null.</summary>
    public async Task<TaskDetail?> GetAsync(Guid taskId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var me = await IdentifyAsync(user, cancellationToken);
        var assigned = MayComplete(me, task);
        var canComplete = task.Status == WorkflowTaskStatus.Open && assigned && await HasAsync(user, Permissions.WorkOnWorkflowTasks);
        if (!assigned && !await HasAsync(user, Permissions.ViewWorkflowInstances))
        {
            return null;
        }

        var variablesJson = await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.VariablesJson).FirstOrDefaultAsync(cancellationToken) ?? "{}";
        var variables = JsonSerializer.Deserialize<Dictionary<string, string?>>(variablesJson) ?? [];
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == task.InstanceId).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var overdue = task.Status == WorkflowTaskStatus.Open && task.DueUtc < clock.GetUtcNow().UtcDateTime;
        return new(task, canComplete, overdue, task.OutcomeList, variables, history);
    }

    /// <summary>The open tasks of instances with exactly this business key, each saying whether this user may complete it.</summary>
    public async Task<IReadOnlyList<(WorkflowTask Task, bool CanComplete)>> OpenForKeyAsync(string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = await IdentifyAsync(user, cancellationToken);
        var allowed = await HasAsync(user, Permissions.WorkOnWorkflowTasks);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.BusinessKey == businessKey && t.Status == WorkflowTaskStatus.Open)
            .OrderBy(t => t.CreatedUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return tasks.Select(t => (t, allowed && MayComplete(me, t))).ToList();
    }

    /// <summary>
    /// Completes the task with an outcome and comment and moves its instance on, in one transaction;
    /// <paramref name="data"/> becomes instance variables first. With <paramref name="businessKey"/> the task must belong to it.
    /// </summary>
    public async Task<TaskCompletionResult> CompleteAsync(
        Guid taskId, string outcome, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string?>? data = null, string? businessKey = null)
    {
        var me = await IdentifyAsync(user, cancellationToken);
        var allowed = await HasAsync(user, Permissions.WorkOnWorkflowTasks);
        var actor = me.DisplayName;
        return await steps.RunAsync(async (engine, ct) =>
        {
            var task = await engine.FindTaskAsync(taskId, ct);
            if (task is null || (businessKey is not null && task.BusinessKey != businessKey))
            {
                return new StepOutcome<TaskCompletionResult>(new(TaskCompletionStatus.NotFound), Commit: false);
            }

            if (!allowed || !MayComplete(me, task))
            {
                return new(new(TaskCompletionStatus.Forbidden, task.InstanceId), Commit: false);
            }

            if (task.Status != WorkflowTaskStatus.Open)
            {
                return new(new(TaskCompletionStatus.NotOpen, task.InstanceId), Commit: false);
            }

            if (!task.OutcomeList.Contains(outcome, StringComparer.Ordinal))
            {
                return new(new(TaskCompletionStatus.InvalidOutcome, task.InstanceId), Commit: false);
            }

            var run = await engine.LoadAsync(task.InstanceId, ct);
            if (run is null || run.Entity.Status is InstanceStatus.Cancelled or InstanceStatus.Completed)
            {
                return new(new(TaskCompletionStatus.NotOpen, task.InstanceId), Commit: false);
            }

            await engine.CompleteTaskAsync(run, task, outcome, comment is { Length: > 4000 } ? comment[..4000] : comment, actor, ct, data);
            return new(new(TaskCompletionStatus.Completed, task.InstanceId));
        }, cancellationToken);
    }

    private static bool MayComplete(Identity me, WorkflowTask task) =>
        me.Roles.Contains(RoleNames.Administrator) || AssignedTo(me).Compile(preferInterpretation: true)(task);

    /// <summary>
    /// The one rule, run in SQL for the inbox and in memory for a single task: named for this person, or for
    /// their role and/or department (a task for both goes to people holding the role in that department).
    /// </summary>
    private static Expression<Func<WorkflowTask, bool>> AssignedTo(Identity me)
    {
        var names = me.Names;
        var roles = me.Roles;
        var department = me.DepartmentCode;
        return t => (t.AssigneeUser != null && names.Contains(t.AssigneeUser))
            || (t.AssigneeUser == null && (t.Role != null || t.DepartmentCode != null)
                && (t.Role == null || roles.Contains(t.Role))
                && (t.DepartmentCode == null || t.DepartmentCode == department));
    }

    private Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) => permissions.HasAsync(user, permission);

    private async Task<Identity> IdentifyAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var names = new List<string>(2);
        if (user.Identity?.Name is { Length: > 0 } name)
        {
            names.Add(name);
        }

        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id)
        {
            names.Add(id);
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        string? departmentCode = null;
        if (Guid.TryParse(user.FindFirstValue(OcaClaimTypes.Department), out var departmentId))
        {
            departmentCode = (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == departmentId)?.Code;
        }

        var displayName = user.FindFirstValue(OcaClaimTypes.DisplayName) ?? user.Identity?.Name ?? "?";
        return new Identity(names, roles, departmentCode, user.Identity?.Name ?? displayName);
    }

    private sealed record Identity(List<string> Names, List<string> Roles, string? DepartmentCode, string DisplayName);
}

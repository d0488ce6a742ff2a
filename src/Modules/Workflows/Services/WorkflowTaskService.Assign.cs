using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

internal sealed partial class WorkflowTaskService
{
    /// <summary>
    /// "Assign to me": someone who may complete an open task for their role or department takes it, so it is theirs
    /// by name from now on (recorded in the instance's history). Taking one's own task again changes nothing.
    /// </summary>
    public async Task<TaskCompletionStatus> AssignToMeAsync(Guid taskId, string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = await IdentifyAsync(user, cancellationToken);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId && t.BusinessKey == businessKey, cancellationToken);
        if (task is null)
        {
            return TaskCompletionStatus.NotFound;
        }

        if (!await HasAsync(user, Permissions.WorkOnWorkflowTasks) || !MayComplete(me, task) || user.Identity?.Name is not { Length: > 0 } name)
        {
            return TaskCompletionStatus.Forbidden;
        }

        if (task.Status != WorkflowTaskStatus.Open)
        {
            return TaskCompletionStatus.NotOpen;
        }

        // One conditional update: of two people taking the task, or a taking beside a completion, only one wins.
        var taken = await db.Tasks
            .Where(t => t.Id == taskId && t.Status == WorkflowTaskStatus.Open && t.AssigneeUser == null)
            .ExecuteUpdateAsync(x => x.SetProperty(t => t.AssigneeUser, name), cancellationToken);
        if (taken == 1)
        {
            db.History.Add(new WorkflowHistoryEntry
            {
                InstanceId = task.InstanceId, AtUtc = clock.GetUtcNow().UtcDateTime, ElementId = task.ElementId,
                Kind = HistoryKinds.TaskAssigned, Actor = me.DisplayName, Message = name,
            });
            await db.SaveChangesAsync(cancellationToken);
            return TaskCompletionStatus.Completed;
        }

        // Not taken now: it is this person's already, or someone else's, or it closed meanwhile.
        var now = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Status, t.AssigneeUser }).FirstAsync(cancellationToken);
        return now.Status != WorkflowTaskStatus.Open ? TaskCompletionStatus.NotOpen
            : now.AssigneeUser == name ? TaskCompletionStatus.Completed
            : TaskCompletionStatus.Forbidden;
    }
}

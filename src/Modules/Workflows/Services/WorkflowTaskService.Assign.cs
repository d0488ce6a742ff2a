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
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId && t.BusinessKey == businessKey, cancellationToken);
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

        if (task.AssigneeUser is null)
        {
            task.AssigneeUser = name;
            db.History.Add(new WorkflowHistoryEntry
            {
                InstanceId = task.InstanceId, AtUtc = clock.GetUtcNow().UtcDateTime, ElementId = task.ElementId,
                Kind = HistoryKinds.TaskAssigned, Actor = me.DisplayName, Message = name,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return TaskCompletionStatus.Completed;
    }
}

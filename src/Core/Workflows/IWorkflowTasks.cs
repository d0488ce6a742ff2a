using System.Security.Claims;

namespace OpenCityAomori.Core.Workflows;

/// <summary>An open user task of the instances with one exact business key, as another module shows it.</summary>
public sealed record WorkflowTaskInfo(
    Guid Id,
    string Name,
    string ElementId,
    string DefinitionName,
    IReadOnlyList<string> Outcomes,
    string? Role,
    string? DepartmentCode,
    string? AssigneeUser,
    DateTime CreatedUtc,
    DateTime? DueUtc,
    bool CanComplete);

public enum WorkflowTaskCompletion
{
    Completed,
    NotFound,
    Forbidden,
    NotOpen,
    InvalidOutcome,
}

/// <summary>
/// Tasks of the workflows that work on one business object (e.g. <c>proposal:42</c>), so the object's own
/// page can show them and decide them, and stop them when the object is withdrawn. The same rules as My tasks: only someone the task is assigned to
/// (by name, role and department) with the permission to work on tasks may complete it. Implemented by Workflows.
/// </summary>
public interface IWorkflowTasks
{
    /// <summary>The open tasks of instances whose business key is exactly <paramref name="businessKey"/>.</summary>
    Task<IReadOnlyList<WorkflowTaskInfo>> OpenTasksAsync(string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes the task (which must belong to <paramref name="businessKey"/>) with an outcome and comment;
    /// <paramref name="data"/> becomes instance variables in the same step, before the flow moves on.
    /// Keys are letters and digits; the engine's own names (outcome, element results) cannot be set.
    /// </summary>
    Task<WorkflowTaskCompletion> CompleteAsync(
        Guid taskId,
        string businessKey,
        string outcome,
        string? comment,
        IReadOnlyDictionary<string, string?> data,
        ClaimsPrincipal user,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops every running instance with exactly this business key (open tasks cancelled, timers and waits
    /// removed), recording <paramref name="reason"/> and <paramref name="actor"/> in each instance's history.
    /// Returns how many were stopped; an instance that already ended is left as it is.
    /// </summary>
    Task<int> CancelInstancesAsync(string businessKey, string reason, string actor, CancellationToken cancellationToken = default);
}

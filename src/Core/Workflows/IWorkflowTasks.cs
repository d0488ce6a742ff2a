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

/// <summary>One line of an instance's history, in words staff read.</summary>
public sealed record WorkflowHistoryLine(DateTime AtUtc, string What, string? Step, string? Actor, string? Outcome, string? Details);

/// <summary>A workflow instance working on a business object: where it is and what happened, newest last.</summary>
public sealed record WorkflowInstanceState(
    Guid Id,
    string DefinitionName,
    string Status,
    bool IsRunning,
    IReadOnlyList<string> CurrentSteps,
    IReadOnlyList<WorkflowHistoryLine> History);

public enum WorkflowTaskCompletion
{
    Completed,
    NotFound,
    Forbidden,
    NotOpen,
    InvalidOutcome,
}

/// <summary>
/// Workflow state and tasks of the workflows that work on one business object (e.g. <c>proposal:42</c>), so the
/// object's own page can show where its flows are, decide and take their tasks, and stop them when the object is withdrawn. The same rules as My tasks: only someone the task is assigned to
/// (by name, role and department) with the permission to work on tasks may complete it. Implemented by Workflows.
/// </summary>
public interface IWorkflowTasks
{
    /// <summary>The instances whose business key is exactly <paramref name="businessKey"/>, oldest first, with their position and history.</summary>
    Task<IReadOnlyList<WorkflowInstanceState>> InstancesAsync(string businessKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Assign to me": the user, who may complete the open task for their role or department, takes it by name.
    /// <see cref="WorkflowTaskCompletion.Completed"/> when it is theirs (also when it already was).
    /// </summary>
    Task<WorkflowTaskCompletion> AssignToMeAsync(Guid taskId, string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default);

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

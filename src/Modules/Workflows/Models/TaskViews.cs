namespace OpenCityAomori.Modules.Workflows.Models;

internal sealed record TaskInboxItem(
    Guid Id, string Name, string DefinitionName, string BusinessKey, string? AssigneeUser, string? Role, string? DepartmentCode,
    DateTime CreatedUtc, DateTime? DueUtc, bool IsOverdue, Guid InstanceId);

/// <summary>A task as the task page shows it; <see cref="CanComplete"/> says whether this user may complete it now.</summary>
internal sealed record TaskDetail(
    WorkflowTask Task, bool CanComplete, bool IsOverdue, IReadOnlyList<string> Outcomes, IReadOnlyDictionary<string, string?> Variables, IReadOnlyList<WorkflowHistoryEntry> History);

internal enum TaskCompletionStatus
{
    Completed,
    NotFound,
    Forbidden,
    NotOpen,
    InvalidOutcome,
}

internal sealed record TaskCompletionResult(TaskCompletionStatus Status, Guid? InstanceId = null)
{
    public bool Succeeded => Status == TaskCompletionStatus.Completed;
}

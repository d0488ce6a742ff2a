namespace OpenCityAomori.Modules.Workflows.Models;

internal sealed record TaskInboxItem(
    Guid Id, string Name, string DefinitionName, string BusinessKey, string? AssigneeUser, string? Role, string? DepartmentCode,
    DateTime CreatedUtc, DateTime? DueUtc, bool IsOverdue, Guid InstanceId);

/// <summary>One page of "My tasks", with the counts over every page.</summary>
internal sealed record TaskInbox(IReadOnlyList<TaskInboxItem> Items, int Total, int Overdue, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

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

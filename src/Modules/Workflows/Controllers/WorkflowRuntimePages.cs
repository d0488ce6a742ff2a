namespace OpenCityAomori.Modules.Workflows.Controllers;

internal sealed record TaskRow(
    Guid Id,
    Guid InstanceId,
    string Name,
    string DefinitionName,
    string BusinessKey,
    string? Assignee,
    string? Role,
    string? Department,
    DateTime CreatedUtc,
    DateTime? DueUtc,
    bool Overdue);

internal sealed record TaskListPage(IReadOnlyList<TaskRow> Tasks, int Total, int Overdue, int Page, int Pages);

/// <summary>Empty fields arrive as null (MVC converts empty strings), hence the nullable texts.</summary>
internal sealed class CompleteTaskForm
{
    public string? Outcome { get; set; }

    public string? Comment { get; set; }
}

internal sealed record HistoryRow(DateTime AtUtc, string Kind, string? ElementId, string? Actor, string? Outcome, string? Message, string? ElementName = null);

internal sealed record VariableRow(string Name, string? Value);

internal sealed record TaskPage(
    TaskRow Task,
    string? Description,
    bool CanComplete,
    bool IsOpen,
    string? CompletedBy,
    DateTime? CompletedUtc,
    string? Outcome,
    string? Comment,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<VariableRow> Variables,
    IReadOnlyList<HistoryRow> History,
    CompleteTaskForm Form,
    bool CanViewInstance);

/// <summary>Filters of the instances list (query string).</summary>
internal sealed class InstanceListQuery
{
    public string? Definition { get; set; }

    public string? Status { get; set; }

    public string? BusinessKey { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

internal sealed record InstanceRow(
    Guid Id,
    string DefinitionName,
    int DefinitionVersion,
    string BusinessKey,
    string Status,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    DateTime? CompletedUtc);

internal sealed record InstanceListPage(
    IReadOnlyList<InstanceRow> Rows,
    InstanceListQuery Filter,
    IReadOnlyList<string> Definitions,
    int Total,
    int PageSize);

internal sealed record CurrentStep(string ElementId, string Name, string What);

internal sealed record InstanceDetailPage(
    InstanceRow Instance,
    string? Error,
    string? FaultedElementId,
    IReadOnlyList<CurrentStep> Current,
    IReadOnlyList<TaskRow> OpenTasks,
    IReadOnlyList<VariableRow> Variables,
    IReadOnlyList<HistoryRow> History,
    string ViewerJson,
    bool CanManage);

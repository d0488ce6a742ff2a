namespace OpenCityAomori.Modules.Workflows.Models;

internal sealed record InstanceFilter(
    string? DefinitionName = null, InstanceStatus? Status = null, string? BusinessKey = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Page = 1, int PageSize = 50);

internal sealed record InstanceSummary(
    Guid Id, string DefinitionName, int DefinitionVersion, string BusinessKey, InstanceStatus Status, string? Error,
    DateTime CreatedUtc, DateTime UpdatedUtc, DateTime? CompletedUtc);

internal sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total, int Page, int PageSize);

/// <summary>A wait row; <see cref="GatewayId"/> is the event-based gateway whose token it belongs to, if any.</summary>
internal sealed record WaitView(Guid Id, WaitKind Kind, string ElementId, string? EventName, DateTime? DueUtc, string? GatewayId = null);

/// <summary>
/// An instance with the BPMN of its version, the element ids where it currently is (tokens, open
/// tasks, waits) for highlighting, its open tasks, waits, variables and full history.
/// </summary>
internal sealed record InstanceDetail(
    InstanceSummary Instance,
    string Xml,
    string? FaultedElementId,
    int RetryCount,
    DateTime? NextAttemptUtc,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<WorkflowTask> Tasks,
    IReadOnlyList<WaitView> Waits,
    IReadOnlyDictionary<string, string?> Variables,
    IReadOnlyList<WorkflowHistoryEntry> History);

internal enum InstanceActionStatus
{
    Done,
    NotFound,
    NotAllowed,
}

internal sealed record InstanceActionResult(InstanceActionStatus Status, Guid? InstanceId = null, string? Message = null)
{
    public bool Succeeded => Status == InstanceActionStatus.Done;
}

namespace OpenCityAomori.Modules.Workflows.Models;

internal enum WorkflowTaskStatus
{
    Open,
    Completed,
    Cancelled,
}

/// <summary>A user task waiting for staff: assigned to a person, a role and/or a department.</summary>
internal sealed class WorkflowTask
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public string ElementId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string DefinitionName { get; set; } = "";

    public string BusinessKey { get; set; } = "";

    public string? AssigneeUser { get; set; }

    public string? Role { get; set; }

    public string? DepartmentCode { get; set; }

    public DateTime? DueUtc { get; set; }

    /// <summary>Comma-separated outcomes the task accepts.</summary>
    public string Outcomes { get; set; } = "";

    public WorkflowTaskStatus Status { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    public string? CompletedBy { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public IReadOnlyList<string> OutcomeList => Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>
/// When the published version of a definition starts itself next (a timer start event). Publishing
/// replaces a definition's rows; a row is claimed by deleting it, so each start happens once.
/// </summary>
internal sealed class WorkflowScheduledStart
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public Guid VersionId { get; set; }

    /// <summary>The timer start event.</summary>
    public string ElementId { get; set; } = "";

    public DateTime DueUtc { get; set; }

    /// <summary>Remaining starts of a timeCycle (-1 = unbounded), and the cycle as written.</summary>
    public int? CycleRemaining { get; set; }

    public string? CyclePeriod { get; set; }

    public DateTime CreatedUtc { get; set; }
}

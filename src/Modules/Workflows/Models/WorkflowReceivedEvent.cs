namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>An event already handled; the unique <see cref="EventId"/> makes delivery exactly-once.</summary>
internal sealed class WorkflowReceivedEvent
{
    public string EventId { get; set; } = "";

    public string Name { get; set; } = "";

    public string BusinessKey { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }
}

namespace OpenCityAomori.Modules.AuditTrail.Models;

/// <summary>One change: who, when, what, and the values before and after (JSON).</summary>
internal sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public string? IpAddress { get; set; }

    public required string Category { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

internal sealed record AuditListPage(IReadOnlyList<AuditEvent> Events, AuditFilter Filter, int Page, int TotalPages, IReadOnlyList<string> Categories);

internal sealed class AuditFilter
{
    public string? Category { get; set; }

    public string? User { get; set; }

    public string? Entity { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }
}

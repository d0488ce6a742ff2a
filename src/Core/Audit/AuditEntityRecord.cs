namespace OpenCityAomori.Core.Audit;

/// <summary>One audited entity: its type's name and its key, as <see cref="AuditRecord"/> names them.</summary>
public sealed record AuditEntityKey(string EntityType, string EntityId);

/// <summary>A stored audit entry of one entity, with its values before and after (JSON; null for creations and deletions).</summary>
public sealed record AuditEntityRecord(
    long Id, DateTime OccurredUtc, string UserName, string Category, string Action, string EntityType, string EntityId, string? Before, string? After);

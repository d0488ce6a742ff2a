namespace OpenCityAomori.Core.Audit;

/// <summary>Records who changed what, when, with the values before and after.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditRecordView>> GetRecentAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>
    /// The records of the given entities (type and key as recorded: the CLR type's name and the primary key),
    /// newest first, at most <paramref name="max"/>: one object's own history, e.g. a proposal with its messages.
    /// </summary>
    Task<IReadOnlyList<AuditEntityRecord>> ForEntitiesAsync(IReadOnlyCollection<AuditEntityKey> entities, int max, CancellationToken cancellationToken = default);
}

/// <summary>An audit entry; Before and After are JSON documents (null for creations and deletions).</summary>
public sealed record AuditRecord(string Category, string Action, string EntityType, string EntityId, string? Before, string? After);

public sealed record AuditRecordView(long Id, DateTime OccurredUtc, string UserName, string Category, string Action, string EntityType, string EntityId);

/// <summary>Entities whose changes are written to the audit trail automatically when saved.</summary>
public interface IAuditable
{
}

/// <summary>Properties never written to the audit trail (secrets, hashes, stamps).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute
{
}

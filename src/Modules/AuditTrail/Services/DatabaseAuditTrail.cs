using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.AuditTrail.Data;
using OpenCityAomori.Modules.AuditTrail.Models;

namespace OpenCityAomori.Modules.AuditTrail.Services;

/// <summary>
/// Stores audit records in the module's own table, with the acting user and address. Each record
/// is saved on a context of its own, enlisted in the ambient transaction when there is one, so the
/// record commits or rolls back with the change it describes.
/// </summary>
internal sealed class DatabaseAuditTrail(
    AuditTrailDbContext db, DbContextOptions<AuditTrailDbContext> options, AmbientTransaction ambient, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = http.HttpContext;
        var user = context?.User;
        await using var events = new AuditTrailDbContext(options);
        ambient.Enlist(events);
        events.Events.Add(new AuditEvent
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : context is null ? "system" : "anonymous",
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Category = record.Category,
            Action = record.Action,
            EntityType = record.EntityType,
            EntityId = record.EntityId,
            Before = record.Before,
            After = record.After,
        });
        await events.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecordView>> GetRecentAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().OrderByDescending(e => e.Id).Take(count)
            .Select(e => new AuditRecordView(e.Id, e.OccurredUtc, e.UserName, e.Category, e.Action, e.EntityType, e.EntityId))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntityRecord>> ForEntitiesAsync(IReadOnlyCollection<AuditEntityKey> entities, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var found = new List<AuditEntityRecord>();
        foreach (var type in entities.GroupBy(e => e.EntityType, StringComparer.Ordinal))
        {
            var name = type.Key;
            var ids = type.Select(e => e.EntityId).Distinct(StringComparer.Ordinal).ToList();
            found.AddRange(await db.Events.AsNoTracking()
                .Where(e => e.EntityType == name && ids.Contains(e.EntityId))
                .OrderByDescending(e => e.Id).Take(max)
                .Select(e => new AuditEntityRecord(e.Id, e.OccurredUtc, e.UserName, e.Category, e.Action, e.EntityType, e.EntityId, e.Before, e.After))
                .ToListAsync(cancellationToken));
        }

        return found.OrderByDescending(r => r.Id).Take(max).ToList();
    }
}

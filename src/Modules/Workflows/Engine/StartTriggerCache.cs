using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>A published definition's message start event.</summary>
internal sealed record StartTrigger(VersionModel Version, BpmnElement Start, IReadOnlyDictionary<string, string> Match)
{
    public bool Matches(IReadOnlyDictionary<string, string?> data) =>
        Match.All(m => data.TryGetValue(m.Key, out var value) && string.Equals(value, m.Value, StringComparison.Ordinal));
}

/// <summary>
/// Start triggers of the published versions by event name, so an event costs no definition query.
/// Reloaded when this node publishes, and at most <see cref="MaxAge"/> after another node did.
/// </summary>
internal sealed class StartTriggerCache(ProcessModelCache models, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Snapshot? current;

    public async Task<IReadOnlyList<StartTrigger>> GetAsync(WorkflowsDbContext db, string eventName, CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > MaxAge)
        {
            snapshot = await LoadAsync(db, cancellationToken);
        }

        return snapshot.ByEvent.TryGetValue(eventName, out var triggers) ? triggers : [];
    }

    public void Invalidate() => current = null;

    private async Task<Snapshot> LoadAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } fresh && clock.GetUtcNow() - fresh.LoadedAt <= MaxAge)
            {
                return fresh;
            }

            var loadedAt = clock.GetUtcNow();
            var rows = await (from v in db.Versions.AsNoTracking()
                              join d in db.Definitions.AsNoTracking() on v.DefinitionId equals d.Id
                              where v.Status == DefinitionVersionStatus.Published
                              select new { v.Id, v.DefinitionId, d.Name, v.Version }).ToListAsync(cancellationToken);
            var byEvent = new Dictionary<string, List<StartTrigger>>(StringComparer.Ordinal);
            foreach (var row in rows.OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                var version = await models.GetAsync(db, row.Id, cancellationToken);
                foreach (var (start, eventName, match) in version.Model.MessageStarts())
                {
                    if (!byEvent.TryGetValue(eventName, out var list))
                    {
                        byEvent[eventName] = list = [];
                    }

                    list.Add(new StartTrigger(version, start, match));
                }
            }

            var snapshot = new Snapshot(loadedAt, byEvent.ToDictionary(p => p.Key, p => (IReadOnlyList<StartTrigger>)p.Value, StringComparer.Ordinal));
            current = snapshot;
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyDictionary<string, IReadOnlyList<StartTrigger>> ByEvent);
}

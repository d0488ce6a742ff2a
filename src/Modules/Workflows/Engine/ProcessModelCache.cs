using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>Parsed processes per definition version. Versions that instances run on never change, so entries never go stale.</summary>
internal sealed class ProcessModelCache
{
    private readonly ConcurrentDictionary<Guid, VersionModel> cache = new();

    public async Task<VersionModel> GetAsync(WorkflowsDbContext db, Guid versionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(versionId, out var model))
        {
            return model;
        }

        var row = await (from v in db.Versions.AsNoTracking()
                         join d in db.Definitions.AsNoTracking() on v.DefinitionId equals d.Id
                         where v.Id == versionId
                         select new { v.Id, v.DefinitionId, d.Name, v.Version, v.Xml }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Workflow definition version {versionId} does not exist.");
        return Add(row.Id, row.DefinitionId, row.Name, row.Version, row.Xml);
    }

    public VersionModel Add(Guid versionId, Guid definitionId, string definitionName, int version, string xml)
    {
        if (cache.TryGetValue(versionId, out var existing))
        {
            return existing;
        }

        var parsed = BpmnParser.Parse(xml);
        var model = parsed.Model ?? throw new InvalidOperationException($"Workflow {definitionName} v{version} is not runnable: {string.Join("; ", parsed.Problems)}");
        return cache.GetOrAdd(versionId, new VersionModel(versionId, definitionId, definitionName, version, model));
    }

    /// <summary>Drafts are saved in place, so a draft version's model is dropped when it changes.</summary>
    public void Forget(Guid versionId) => cache.TryRemove(versionId, out _);
}

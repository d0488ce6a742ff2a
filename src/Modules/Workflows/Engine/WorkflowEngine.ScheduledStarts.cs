using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    /// <summary>
    /// Starts the published version from a claimed timer start row and, for a cycle, schedules the next
    /// start. Null when the version is no longer the published one (the row is dropped).
    /// </summary>
    public async Task<Guid?> StartScheduledAsync(WorkflowScheduledStart row, CancellationToken cancellationToken)
    {
        var published = await db.Versions.AsNoTracking().AnyAsync(v => v.Id == row.VersionId && v.Status == DefinitionVersionStatus.Published, cancellationToken);
        if (!published)
        {
            return null;
        }

        var version = await models.GetAsync(db, row.VersionId, cancellationToken);
        if (TimerSchedule.TryNext(row.DueUtc, row.CycleRemaining, row.CyclePeriod, Now, out var next, out var remaining))
        {
            db.ScheduledStarts.Add(new WorkflowScheduledStart
            {
                Id = Guid.NewGuid(), DefinitionId = row.DefinitionId, VersionId = row.VersionId, ElementId = row.ElementId,
                DueUtc = next, CycleRemaining = remaining, CyclePeriod = row.CyclePeriod, CreatedUtc = Now,
            });
        }

        var businessKey = $"schedule:{version.DefinitionName}:{row.DueUtc:yyyyMMdd'T'HHmmss'Z'}";
        var run = Start(version, version.Model.Element(row.ElementId), businessKey, new Dictionary<string, string?>(StringComparer.Ordinal), eventName: null, actor: null);
        await RunAsync(run, cancellationToken);
        return run.Entity.Id;
    }
}

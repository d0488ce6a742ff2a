using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>Administrators' actions on instances: retry a faulted one, cancel one, start a definition by hand.</summary>
internal sealed class WorkflowInstanceAdmin(WorkflowsDbContext db, WorkflowStepRunner steps, ProcessModelCache models)
{
    /// <summary>Re-runs the failed element(s) of a faulted instance (or a pending automatic retry at once).</summary>
    public Task<InstanceActionResult> RetryAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default) =>
        steps.RunAsync(async (engine, ct) =>
        {
            var run = await engine.LoadAsync(instanceId, ct);
            if (run is null)
            {
                return new StepOutcome<InstanceActionResult>(new(InstanceActionStatus.NotFound), Commit: false);
            }

            if (!run.Tokens.Exists(t => t.State is TokenState.Failed or TokenState.RetryWait))
            {
                return new(new(InstanceActionStatus.NotAllowed, instanceId, "The instance has nothing to retry."), Commit: false);
            }

            await engine.RetryAsync(run, actor, ct);
            return new(new(InstanceActionStatus.Done, instanceId));
        }, cancellationToken);

    public Task<InstanceActionResult> CancelAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default, string? reason = null) =>
        steps.RunAsync(async (engine, ct) =>
        {
            var run = await engine.LoadAsync(instanceId, ct);
            if (run is null)
            {
                return new StepOutcome<InstanceActionResult>(new(InstanceActionStatus.NotFound), Commit: false);
            }

            if (run.Entity.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            {
                return new(new(InstanceActionStatus.NotAllowed, instanceId, "The instance has already ended."), Commit: false);
            }

            await engine.CancelAsync(run, actor, ct, reason);
            return new(new(InstanceActionStatus.Done, instanceId));
        }, cancellationToken);

    /// <summary>Published definitions with a plain start event (no message, no timer): startable by hand.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> StartableAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (from d in db.Definitions.AsNoTracking()
                          join v in db.Versions.AsNoTracking() on d.Id equals v.DefinitionId
                          where v.Status == DefinitionVersionStatus.Published
                          orderby d.Name
                          select new { d, VersionId = v.Id }).ToListAsync(cancellationToken);
        var result = new List<DefinitionSummary>();
        foreach (var row in rows)
        {
            var version = await models.GetAsync(db, row.VersionId, cancellationToken);
            if (version.Model.PlainStart is not null)
            {
                result.Add(new(row.d.Id, row.d.Name, row.d.TitleJa, row.d.TitleEn, row.d.LatestVersion, row.d.PublishedVersion, row.d.UpdatedUtc, 0));
            }
        }

        return result;
    }

    /// <summary>Starts the published version of <paramref name="definitionName"/> at its plain start event.</summary>
    public async Task<InstanceActionResult> StartAsync(string definitionName, string? businessKey, IReadOnlyDictionary<string, string?>? variables, string actor, CancellationToken cancellationToken = default)
    {
        var versionId = await (from d in db.Definitions.AsNoTracking()
                               join v in db.Versions.AsNoTracking() on d.Id equals v.DefinitionId
                               where d.Name == definitionName && v.Status == DefinitionVersionStatus.Published
                               select (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        if (versionId is null)
        {
            return new(InstanceActionStatus.NotFound, null, "The workflow has no published version.");
        }

        var version = await models.GetAsync(db, versionId.Value, cancellationToken);
        if (version.Model.PlainStart is not { } start)
        {
            return new(InstanceActionStatus.NotAllowed, null, "The workflow has no plain start event; it starts on events only.");
        }

        var key = string.IsNullOrWhiteSpace(businessKey) ? $"manual:{Guid.NewGuid():N}" : businessKey.Trim();
        if (key.Length > 200)
        {
            return new(InstanceActionStatus.NotAllowed, null, "The business key is longer than 200 characters.");
        }

        return await steps.RunAsync(async (engine, ct) =>
        {
            var run = engine.Start(version, start, key, variables ?? new Dictionary<string, string?>(), null, actor);
            await engine.RunAsync(run, ct);
            return new StepOutcome<InstanceActionResult>(new(InstanceActionStatus.Done, run.Entity.Id));
        }, cancellationToken);
    }
}

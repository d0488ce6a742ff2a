using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Records an event once and, in the same transaction, starts the matching published definitions and
/// resumes the instances waiting for it with the same business key. The received-event row is
/// inserted first with ON CONFLICT DO NOTHING (SQLite and PostgreSQL): a second delivery, on this node
/// or another, inserts nothing (on PostgreSQL it waits for the first to commit) and changes nothing.
/// </summary>
internal sealed class WorkflowEventPublisher(
    WorkflowStepRunner steps, StartTriggerCache triggers, WorkflowsDbContext db, AmbientTransaction ambient) : IWorkflowEventPublisher
{
    public async Task<WorkflowEventResult> PublishAsync(WorkflowEvent workflowEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflowEvent);
        Require(workflowEvent.Name, nameof(WorkflowEvent.Name));
        Require(workflowEvent.EventId, nameof(WorkflowEvent.EventId));
        if (workflowEvent.BusinessKey is null || workflowEvent.BusinessKey.Length > 200)
        {
            throw new ArgumentException("The business key is required and at most 200 characters.", nameof(workflowEvent));
        }

        var candidates = await triggers.GetAsync(db, workflowEvent.Name, cancellationToken);
        var matching = candidates.Where(t => t.Matches(workflowEvent.Data)).ToList();
        return await steps.RunAsync((engine, ct) => HandleAsync(engine, workflowEvent, matching, ct), cancellationToken, ambient);
    }

    private static async Task<StepOutcome<WorkflowEventResult>> HandleAsync(WorkflowEngine engine, WorkflowEvent e, List<StartTrigger> matching, CancellationToken cancellationToken)
    {
        if (!await engine.RecordEventOnceAsync(e, cancellationToken))
        {
            return new(new WorkflowEventResult([], [], WasDuplicate: true), Commit: false);
        }

        var started = new List<Guid>(matching.Count);
        foreach (var trigger in matching)
        {
            var run = engine.Start(trigger.Version, trigger.Start, e.BusinessKey, e.Data, e.Name, actor: null);
            await engine.RunAsync(run, cancellationToken);
            started.Add(run.Entity.Id);
        }

        var resumed = new List<Guid>();
        var waits = await engine.MessageWaitsAsync(e.Name, e.BusinessKey, cancellationToken);
        var runs = new Dictionary<Guid, InstanceRun>();
        foreach (var wait in waits)
        {
            if (!await engine.ClaimWaitAsync(wait.Id, cancellationToken))
            {
                continue;
            }

            if (!runs.TryGetValue(wait.InstanceId, out var run))
            {
                run = await engine.LoadAsync(wait.InstanceId, cancellationToken);
                if (run is null)
                {
                    continue;
                }

                runs[wait.InstanceId] = run;
            }

            await engine.ResumeMessageAsync(run, wait, e, cancellationToken);
            if (!resumed.Contains(run.Entity.Id))
            {
                resumed.Add(run.Entity.Id);
            }
        }

        return new(new WorkflowEventResult(started, resumed, WasDuplicate: false));
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            throw new ArgumentException($"{name} is required and at most 200 characters.", name);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>
/// Moves tokens through a process within one step (one transaction, owned by <see cref="WorkflowStepRunner"/>).
/// Scoped to the step's service scope.
/// </summary>
internal sealed partial class WorkflowEngine(
    WorkflowsDbContext db,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ActivityCatalog activities,
    ProcessModelCache models,
    ISiteSettingsService siteSettings,
    IBusinessCalendar calendar,
    IServiceProvider services)
{
    private const int MaxExecutionsPerStep = 10_000;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public InstanceRun Start(VersionModel version, BpmnElement start, string businessKey, IReadOnlyDictionary<string, string?> data, string? eventName, string? actor)
    {
        var now = Now;
        var entity = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DefinitionId = version.DefinitionId,
            DefinitionVersionId = version.VersionId,
            DefinitionName = version.DefinitionName,
            DefinitionVersion = version.Version,
            BusinessKey = businessKey,
            Status = InstanceStatus.Running,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        var run = new InstanceRun(entity, version.Model);
        foreach (var (key, value) in data)
        {
            run.Variables[key] = value;
        }

        run.Variables["businessKey"] = businessKey;
        if (eventName is not null)
        {
            run.Variables["eventName"] = eventName;
        }

        db.Instances.Add(entity);
        History(run, start.Id, HistoryKinds.Started, actor, message: eventName);
        run.Tokens.Add(new Token { Id = Guid.NewGuid(), ElementId = start.Id, State = TokenState.Ready });
        return run;
    }

    /// <summary>Loads an instance (tracked) with its model; null when it does not exist.</summary>
    public async Task<InstanceRun?> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var entity = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var version = await models.GetAsync(db, entity.DefinitionVersionId, cancellationToken);
        return new InstanceRun(entity, version.Model);
    }

    /// <summary>Executes every ready token until all wait, end or fail, then stores the instance.</summary>
    public async Task RunAsync(InstanceRun run, CancellationToken cancellationToken)
    {
        var executions = 0;
        while (run.Tokens.Find(t => t.State == TokenState.Ready) is { } token)
        {
            var element = run.Model.Element(token.ElementId);
            try
            {
                if (++executions > MaxExecutionsPerStep)
                {
                    throw new WorkflowFaultException("Too many steps without waiting: the process loops without a task, message or timer.");
                }

                if (token.RetryLeave)
                {
                    token.RetryLeave = false;
                    Leave(run, token, element);
                }
                else
                {
                    await ExecuteAsync(run, token, element, cancellationToken);
                }
            }
            catch (WorkflowFaultException fault)
            {
                Fault(run, token, element, fault.Message);
            }
            catch (Exception unexpected) when (unexpected is not (OperationCanceledException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException))
            {
                // A bug or bad data in one element faults this instance (visible, retryable) instead of
                // failing the whole step, which would drop the event or leave a timer firing forever.
                Fault(run, token, element, unexpected.GetType().Name + ": " + unexpected.Message);
            }
        }

        run.Store(Now);
    }

    private async Task ExecuteAsync(InstanceRun run, Token token, BpmnElement element, CancellationToken cancellationToken)
    {
        switch (element.Kind)
        {
            case ElementKind.StartEvent or ElementKind.TimerBoundaryEvent:
                Leave(run, token, element);
                break;
            case ElementKind.EndEvent:
                run.Tokens.Remove(token);
                History(run, element.Id, HistoryKinds.Entered, null, message: element.Name);
                break;
            case ElementKind.ExclusiveGateway:
                Move(run, token, ChooseExclusive(run, element));
                break;
            case ElementKind.ParallelGateway:
                Parallel(run, token, element);
                break;
            case ElementKind.UserTask:
                await CreateTaskAsync(run, token, element, cancellationToken);
                break;
            case ElementKind.ServiceTask:
                await RunActivityAsync(run, token, element, cancellationToken);
                break;
            case ElementKind.MessageCatchEvent:
                token.State = TokenState.AtMessage;
                AddWait(run, token, element, WaitKind.Message, null);
                break;
            case ElementKind.TimerCatchEvent:
                token.State = TokenState.AtTimer;
                await AddTimerAsync(run, token, element, Now, cancellationToken);
                break;
            case ElementKind.EventBasedGateway:
                await WaitForFirstEventAsync(run, token, element, cancellationToken);
                break;
        }
    }

    private void Fault(InstanceRun run, Token token, BpmnElement element, string message)
    {
        token.State = TokenState.Failed;
        token.ElementId = element.Id;
        run.Entity.Error = message;
        run.Entity.FaultedElementId = element.Id;
        History(run, element.Id, HistoryKinds.Faulted, null, message: message);
    }

    internal void History(InstanceRun run, string? elementId, string kind, string? actor, string? outcome = null, string? message = null) =>
        db.History.Add(new WorkflowHistoryEntry
        {
            InstanceId = run.Entity.Id,
            AtUtc = Now,
            ElementId = elementId,
            Kind = kind,
            Actor = actor,
            Outcome = outcome,
            Message = message is { Length: > 4000 } ? message[..4000] : message,
        });
}

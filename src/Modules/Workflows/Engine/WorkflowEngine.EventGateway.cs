using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    /// <summary>An event-based gateway: one wait row per event after it, all held by the same token.</summary>
    private async Task WaitForFirstEventAsync(InstanceRun run, Token token, BpmnElement gateway, CancellationToken cancellationToken)
    {
        // Every due time first: a timer value that is not ISO 8601 faults the gateway before any wait exists.
        var events = new List<(BpmnElement Target, (DateTime Due, int? Repetitions, string? Cycle)? Timer)>();
        foreach (var target in gateway.Outgoing.Select(f => run.Model.Element(f.TargetId)))
        {
            events.Add((target, target.Kind == ElementKind.TimerCatchEvent ? await TimerDueAsync(run, target, Now, cancellationToken) : null));
        }

        token.State = TokenState.AtEventGateway;
        History(run, gateway.Id, HistoryKinds.Waiting, null, message: string.Join(", ", events.Select(e => e.Target.DisplayName)));
        foreach (var (target, timer) in events)
        {
            if (timer is { } due)
            {
                AddWait(run, token, target, WaitKind.Timer, due.Due, due.Repetitions, due.Cycle);
            }
            else
            {
                AddWait(run, token, target, WaitKind.Message, null);
            }
        }
    }

    /// <summary>
    /// True when the token waits for this event, directly or through an event-based gateway. At a gateway
    /// the first event wins: the token moves to it and the other events stop waiting, in the same step.
    /// </summary>
    private async Task<bool> CatchAsync(InstanceRun run, Token token, string eventElementId, TokenState waitingState, CancellationToken cancellationToken)
    {
        if (token.State == waitingState && token.ElementId == eventElementId)
        {
            return true;
        }

        if (token.State != TokenState.AtEventGateway || run.Model.Element(token.ElementId).Outgoing.All(f => f.TargetId != eventElementId))
        {
            return false;
        }

        await db.Waits.Where(w => w.InstanceId == run.Entity.Id && w.TokenId == token.Id).ExecuteDeleteAsync(cancellationToken);
        token.ElementId = eventElementId;
        token.State = waitingState;
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    private void AddWait(InstanceRun run, Token token, BpmnElement element, WaitKind kind, DateTime? dueUtc, int? cycleRemaining = null, string? cyclePeriod = null) =>
        db.Waits.Add(new WorkflowWait
        {
            Id = Guid.NewGuid(),
            InstanceId = run.Entity.Id,
            Kind = kind,
            ElementId = element.Id,
            TokenId = token.Id,
            EventName = kind == WaitKind.Message ? element.MessageName : null,
            BusinessKey = kind == WaitKind.Message ? run.Entity.BusinessKey : null,
            DueUtc = dueUtc,
            CycleRemaining = cycleRemaining,
            CyclePeriod = cyclePeriod,
            CreatedUtc = Now,
        });

    /// <summary>Adds the timer row of a catch or boundary event, due relative to <paramref name="fromUtc"/>.</summary>
    private async Task AddTimerAsync(InstanceRun run, Token token, BpmnElement element, DateTime fromUtc, CancellationToken cancellationToken)
    {
        var (due, repetitions, cycle) = await TimerDueAsync(run, element, fromUtc, cancellationToken);
        AddWait(run, token, element, WaitKind.Timer, due, repetitions, cycle);
    }

    /// <summary>When the timer of <paramref name="element"/> is due; a fault when its (substituted) value is not ISO 8601.</summary>
    private async Task<(DateTime Due, int? Repetitions, string? Cycle)> TimerDueAsync(InstanceRun run, BpmnElement element, DateTime fromUtc, CancellationToken cancellationToken)
    {
        var spec = element.Timer ?? throw new WorkflowFaultException($"'{element.DisplayName}' has no timer definition.");
        var expression = VariableSubstitution.Apply(spec.Expression, run.Variables) ?? "";
        if (spec.Kind == TimerKind.Duration && await AfterAsync(fromUtc, expression, cancellationToken) is { } due)
        {
            return (due, null, null);
        }

        if (spec.Kind == TimerKind.Date && IsoTimer.TryParseDate(expression, out var date))
        {
            return (date.UtcDateTime, null, null);
        }

        // A valid cycle has a valid period, so its first moment exists.
        if (spec.Kind == TimerKind.Cycle && IsoTimer.TryParseCycle(expression, out var repetitions, out var start, out _))
        {
            return (start?.UtcDateTime ?? (await AfterAsync(fromUtc, IsoTimer.PeriodOf(expression), cancellationToken))!.Value, repetitions, expression);
        }

        throw new WorkflowFaultException($"The timer '{expression}' of '{element.DisplayName}' is not a valid ISO 8601 {spec.Kind.ToString().ToLowerInvariant()}.");
    }

    /// <summary>Moves the token waiting at a message catch event on, with the event's data as variables.</summary>
    public async Task ResumeMessageAsync(InstanceRun run, WorkflowWait wait, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var token = run.Token(wait.TokenId);
        if (token is null || !await CatchAsync(run, token, wait.ElementId, TokenState.AtMessage, cancellationToken))
        {
            return;
        }

        foreach (var (key, value) in workflowEvent.Data)
        {
            run.Variables[key] = value;
        }

        run.Variables["eventName"] = workflowEvent.Name;
        History(run, wait.ElementId, HistoryKinds.MessageReceived, null, message: workflowEvent.Name);
        token.State = TokenState.Ready;
        token.RetryLeave = true;
        await RunAsync(run, cancellationToken);
    }

    /// <summary>Fires a claimed timer, boundary timer or retry row.</summary>
    public async Task FireAsync(InstanceRun run, WorkflowWait wait, CancellationToken cancellationToken)
    {
        var token = run.Token(wait.TokenId);
        if (token is null)
        {
            return;
        }

        if (wait.Kind == WaitKind.Retry)
        {
            if (token.State == TokenState.RetryWait)
            {
                History(run, wait.ElementId, HistoryKinds.Retried, null, message: $"Attempt {run.Entity.RetryCount + 1}");
                token.State = TokenState.Ready;
                await RunAsync(run, cancellationToken);
            }

            return;
        }

        var element = run.Model.Element(wait.ElementId);
        if (element.Kind == ElementKind.TimerCatchEvent)
        {
            if (await CatchAsync(run, token, element.Id, TokenState.AtTimer, cancellationToken))
            {
                History(run, element.Id, HistoryKinds.TimerFired, null);
                token.State = TokenState.Ready;
                token.RetryLeave = true;
                await RunAsync(run, cancellationToken);
            }

            return;
        }

        if (token.State != TokenState.AtTask || token.ElementId != element.AttachedToId)
        {
            return;
        }

        History(run, element.Id, HistoryKinds.TimerFired, null, message: element.CancelActivity ? "interrupting" : "non-interrupting");
        if (element.CancelActivity)
        {
            await CancelTokenWorkAsync(run, token, cancellationToken);
            token.ElementId = element.Id;
            token.State = TokenState.Ready;
            token.ArrivedVia = null;
        }
        else
        {
            run.Tokens.Add(new Token { Id = Guid.NewGuid(), ElementId = element.Id, State = TokenState.Ready });
            if (wait.CycleRemaining is { } remaining && remaining != 1 && IsoTimer.TryParseCycle(wait.CyclePeriod, out _, out _, out _))
            {
                // The period was valid when the cycle started, so both moments exist.
                var period = IsoTimer.PeriodOf(wait.CyclePeriod!);
                var next = (await AfterAsync(wait.DueUtc!.Value, period, cancellationToken))!.Value;
                next = next < Now ? (await AfterAsync(Now, period, cancellationToken))!.Value : next;
                AddWait(run, token, element, WaitKind.Timer, next, remaining < 0 ? -1 : remaining - 1, wait.CyclePeriod);
            }
        }

        await RunAsync(run, cancellationToken);
    }

    /// <summary>Cancels the open task and the timers of a token (interrupting boundary event, cancellation).</summary>
    private async Task CancelTokenWorkAsync(InstanceRun run, Token token, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.Where(t => t.InstanceId == run.Entity.Id && t.TokenId == token.Id && t.Status == WorkflowTaskStatus.Open).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            task.Status = WorkflowTaskStatus.Cancelled;
            task.CompletedUtc = Now;
            History(run, task.ElementId, HistoryKinds.TaskCancelled, null);
        }

        await db.Waits.Where(w => w.InstanceId == run.Entity.Id && w.TokenId == token.Id).ExecuteDeleteAsync(cancellationToken);
    }
}

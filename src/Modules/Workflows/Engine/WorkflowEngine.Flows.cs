using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    /// <summary>
    /// Leaves an activity or event: every flow without a condition or whose condition is true
    /// (an implicit parallel split), else the default flow; none at all is a fault.
    /// </summary>
    internal void Leave(InstanceRun run, Token token, BpmnElement element)
    {
        // Until a flow is taken, a retry must leave this element again, never run it a second time
        // (a condition that throws must not resend an e-mail or recreate a completed task).
        token.RetryLeave = true;
        List<BpmnFlow> taken = [];
        foreach (var flow in element.Outgoing)
        {
            if (flow.Id != element.DefaultFlowId && (flow.Condition is null || Evaluate(run, flow)))
            {
                taken.Add(flow);
            }
        }

        if (taken.Count == 0 && element.DefaultFlowId is { } defaultId && run.Model.Flows.TryGetValue(defaultId, out var defaultFlow))
        {
            taken.Add(defaultFlow);
        }

        if (taken.Count == 0)
        {
            throw new WorkflowFaultException(element.Outgoing.Count == 0
                ? $"'{element.DisplayName}' has no outgoing flow."
                : $"No condition of the flows leaving '{element.DisplayName}' is true, and there is no default flow.");
        }

        Move(run, token, taken[0]);
        foreach (var flow in taken.Skip(1))
        {
            run.Tokens.Add(new Token { Id = Guid.NewGuid(), ElementId = flow.TargetId, State = TokenState.Ready, ArrivedVia = flow.Id });
        }
    }

    private static void Move(InstanceRun run, Token token, BpmnFlow flow)
    {
        _ = run;
        token.RetryLeave = false;
        token.ElementId = flow.TargetId;
        token.ArrivedVia = flow.Id;
        token.State = TokenState.Ready;
    }

    /// <summary>The first flow (document order) whose condition is true, else the default flow.</summary>
    private BpmnFlow ChooseExclusive(InstanceRun run, BpmnElement gateway)
    {
        foreach (var flow in gateway.Outgoing)
        {
            if (flow.Id != gateway.DefaultFlowId && (flow.Condition is null || Evaluate(run, flow)))
            {
                return flow;
            }
        }

        if (gateway.DefaultFlowId is { } defaultId && run.Model.Flows.TryGetValue(defaultId, out var defaultFlow))
        {
            return defaultFlow;
        }

        throw new WorkflowFaultException($"No condition of the gateway '{gateway.DisplayName}' is true, and it has no default flow.");
    }

    /// <summary>Joins (a token on every incoming flow) then forks to every outgoing flow.</summary>
    private static void Parallel(InstanceRun run, Token token, BpmnElement gateway)
    {
        if (gateway.Incoming.Count > 1)
        {
            token.State = TokenState.AtJoin;
            var arrived = new List<Token>(gateway.Incoming.Count);
            foreach (var incoming in gateway.Incoming)
            {
                var match = run.Tokens.Find(t => t.State == TokenState.AtJoin && t.ElementId == gateway.Id && t.ArrivedVia == incoming.Id && !arrived.Contains(t));
                if (match is null)
                {
                    return;
                }

                arrived.Add(match);
            }

            var continuing = arrived.Contains(token) ? token : arrived[0];
            foreach (var consumed in arrived.Where(t => t != continuing))
            {
                run.Tokens.Remove(consumed);
            }

            token = continuing;
        }

        if (gateway.Outgoing.Count == 0)
        {
            throw new WorkflowFaultException($"The gateway '{gateway.DisplayName}' has no outgoing flow.");
        }

        Move(run, token, gateway.Outgoing[0]);
        foreach (var flow in gateway.Outgoing.Skip(1))
        {
            run.Tokens.Add(new Token { Id = Guid.NewGuid(), ElementId = flow.TargetId, State = TokenState.Ready, ArrivedVia = flow.Id });
        }
    }

    private static bool Evaluate(InstanceRun run, BpmnFlow flow)
    {
        try
        {
            return JavaScriptSandbox.IsTrue(flow.Condition!, run.Variables);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new WorkflowFaultException($"The condition of flow '{flow.Id}' failed: {JavaScriptSandbox.Describe(ex)}");
        }
    }
}

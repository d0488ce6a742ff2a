using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    private async Task RunActivityAsync(InstanceRun run, Token token, BpmnElement element, CancellationToken cancellationToken)
    {
        var name = element.Property("activity");
        var activity = name is null ? null : activities.Find(name);
        if (activity is null)
        {
            throw new WorkflowFaultException(name is null ? $"'{element.DisplayName}' names no activity." : $"There is no activity named '{name}'.");
        }

        if (!activities.IsEnabled(activity))
        {
            throw new WorkflowFaultException($"The activity '{activity.Name}' cannot run: its module {activities.ModuleOf(activity)} is disabled.");
        }

        ActivityResult result;
        try
        {
            result = await activity.ExecuteAsync(new EngineActivityContext(this, run, element), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = ActivityResult.Fault($"{activity.Name}: {ex.Message}");
        }

        if (result.Succeeded)
        {
            var outcome = result.Outcome ?? ActivityOutcome.Done.Name;
            run.Variables["outcome"] = outcome;
            run.Variables[element.Id + ".outcome"] = outcome;
            if (run.Entity.RetryCount > 0 && !run.Tokens.Exists(t => t.State == TokenState.RetryWait))
            {
                run.Entity.RetryCount = 0;
            }

            History(run, element.Id, HistoryKinds.ActivityCompleted, null, outcome);
            Leave(run, token, element);
            return;
        }

        var maxRetries = options.Value.MaxRetries;
        if (result.Retryable && run.Entity.RetryCount < maxRetries)
        {
            run.Entity.RetryCount++;
            var due = Now + options.Value.RetryDelay(run.Entity.RetryCount);
            token.State = TokenState.RetryWait;
            run.Entity.Error = result.Error;
            run.Entity.FaultedElementId = element.Id;
            run.Entity.NextAttemptUtc = due;
            AddWait(run, token, element, WaitKind.Retry, due);
            History(run, element.Id, HistoryKinds.ActivityFailed, null, message: $"{result.Error} (retry {run.Entity.RetryCount}/{maxRetries} at {JapanTime.Format(due, seconds: true)} JST)");
            return;
        }

        History(run, element.Id, HistoryKinds.ActivityFailed, null, message: result.Error);
        throw new WorkflowFaultException(result.Retryable ? $"{result.Error} (gave up after {maxRetries} retries)" : result.Error ?? "The activity failed.");
    }

    internal async ValueTask<string> RenderAsync(InstanceRun run, string template)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instance"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = run.Entity.Id.ToString(),
                ["businessKey"] = run.Entity.BusinessKey,
                ["definitionName"] = run.Entity.DefinitionName,
                ["version"] = run.Entity.DefinitionVersion,
            },
            ["now"] = clock.GetUtcNow(),
        };

        // Site settings (the desk's e-mail, names) only when the template asks for them.
        if (template.Contains("site", StringComparison.Ordinal))
        {
            var site = await siteSettings.GetAsync();
            extra["site"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["email"] = site.Email,
                ["phone"] = site.Phone,
                ["postalCode"] = site.PostalCode,
                ["siteName"] = site.SiteName.Ja,
                ["siteNameEn"] = site.SiteName.En,
                ["deskName"] = site.DeskName.Ja,
                ["deskNameEn"] = site.DeskName.En,
                ["organization"] = site.Organization.Ja,
                ["organizationEn"] = site.Organization.En,
                ["address"] = site.Address.Ja,
                ["addressEn"] = site.Address.En,
            };
        }

        return await LiquidTemplates.RenderAsync(template, run.Variables, extra);
    }

    internal IServiceProvider Services => services;

    /// <summary>Re-runs the failed elements (and any pending retry at once) of a faulted or retrying instance.</summary>
    public async Task RetryAsync(InstanceRun run, string actor, CancellationToken cancellationToken)
    {
        var failed = run.Tokens.Where(t => t.State is TokenState.Failed or TokenState.RetryWait).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        // A failed token waits for nothing: its retry rows and anything left from before the failure go.
        var failedIds = failed.Select(t => t.Id).ToList();
        await db.Waits.Where(w => w.InstanceId == run.Entity.Id && (w.Kind == WaitKind.Retry || failedIds.Contains(w.TokenId))).ExecuteDeleteAsync(cancellationToken);
        run.Entity.RetryCount = 0;
        run.Entity.Error = null;
        run.Entity.FaultedElementId = null;
        run.Entity.NextAttemptUtc = null;
        foreach (var token in failed)
        {
            token.State = TokenState.Ready;
            History(run, token.ElementId, HistoryKinds.Retried, actor);
        }

        await RunAsync(run, cancellationToken);
    }

    /// <summary>Stops an instance: open tasks cancelled, waits removed, no token left.</summary>
    public async Task CancelAsync(InstanceRun run, string actor, CancellationToken cancellationToken, string? reason = null)
    {
        foreach (var token in run.Tokens.ToList())
        {
            await CancelTokenWorkAsync(run, token, cancellationToken);
        }

        await db.Waits.Where(w => w.InstanceId == run.Entity.Id).ExecuteDeleteAsync(cancellationToken);
        run.Tokens.Clear();
        run.Entity.Status = InstanceStatus.Cancelled;
        run.Entity.CompletedUtc = Now;
        History(run, null, HistoryKinds.Cancelled, actor, message: reason);
        run.Store(Now);
    }
}

using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>The Core face of My tasks for other modules: a business object's flows and open tasks, taken and completed with data.</summary>
internal sealed partial class WorkflowTasksGateway(WorkflowTaskService tasks, WorkflowInstanceAdmin instances, WorkflowInstanceQuery query, WorkflowsDbContext db) : IWorkflowTasks
{
    /// <summary>History kinds that say nothing to the people working on the object (every step is also "entered").</summary>
    private static readonly HashSet<string> Quiet = new(StringComparer.Ordinal) { HistoryKinds.Entered, HistoryKinds.Log, HistoryKinds.Waiting };

    public async Task<IReadOnlyList<WorkflowInstanceState>> InstancesAsync(string businessKey, CancellationToken cancellationToken = default)
    {
        var instances = await db.Instances.AsNoTracking().Where(i => i.BusinessKey == businessKey).OrderBy(i => i.CreatedUtc)
            .Select(i => new { i.Id, i.DefinitionName }).ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var names = instances.Select(i => i.DefinitionName).Distinct().ToList();
        var states = new List<WorkflowInstanceState>(ids.Count);
        var titles = await db.Definitions.AsNoTracking().Where(d => names.Contains(d.Name)).Select(d => new { d.Name, d.TitleJa, d.TitleEn }).ToListAsync(cancellationToken);
        string Title(string name) => titles.FirstOrDefault(t => t.Name == name) is { } t ? new LocalizedText(t.TitleJa, t.TitleEn.Length > 0 ? t.TitleEn : t.TitleJa).Current : name;
        foreach (var id in ids)
        {
            if (await query.GetAsync(id, cancellationToken) is not { } detail)
            {
                continue;
            }

            var labels = Controllers.DesignerData.Labels(detail.Xml);
            string? Step(string? element) => element is null ? null : labels.GetValueOrDefault(element, element);
            var i = detail.Instance;
            states.Add(new WorkflowInstanceState(
                i.Id,
                Title(i.DefinitionName),
                Controllers.InstanceStatusText.For(i.Status.ToString()),
                i.Status is InstanceStatus.Running or InstanceStatus.Waiting,
                [.. detail.ActiveElementIds.Select(e => Step(e)!)],
                [.. detail.History.Where(h => !Quiet.Contains(h.Kind))
                    .Select(h => new WorkflowHistoryLine(h.AtUtc, HistoryKinds.Text(h.Kind).Current, Step(h.ElementId), h.Actor, h.Outcome, h.Message))]));
        }

        return states;
    }

    public async Task<WorkflowTaskCompletion> AssignToMeAsync(Guid taskId, string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Map(await tasks.AssignToMeAsync(taskId, businessKey, user, cancellationToken));

    public async Task<IReadOnlyList<WorkflowTaskInfo>> OpenTasksAsync(string businessKey, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await tasks.OpenForKeyAsync(businessKey, user, cancellationToken))
            .Select(x => new WorkflowTaskInfo(
                x.Task.Id, x.Task.Name, x.Task.ElementId, x.Task.DefinitionName, x.Task.OutcomeList, x.Task.Role, x.Task.DepartmentCode,
                x.Task.AssigneeUser, x.Task.CreatedUtc, x.Task.DueUtc, x.CanComplete))
            .ToList();

    public async Task<WorkflowTaskCompletion> CompleteAsync(
        Guid taskId, string businessKey, string outcome, string? comment, IReadOnlyDictionary<string, string?> data, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (data.Keys.FirstOrDefault(k => !DataKey().IsMatch(k) || k == "outcome") is { } bad)
        {
            throw new ArgumentException($"'{bad}' cannot be set as task data: use letters and digits, not the engine's own names.", nameof(data));
        }

        var result = await tasks.CompleteAsync(taskId, outcome, comment, user, cancellationToken, data, businessKey);
        return Map(result.Status);
    }

    private static WorkflowTaskCompletion Map(TaskCompletionStatus status) => status switch
    {
        TaskCompletionStatus.Completed => WorkflowTaskCompletion.Completed,
        TaskCompletionStatus.NotFound => WorkflowTaskCompletion.NotFound,
        TaskCompletionStatus.Forbidden => WorkflowTaskCompletion.Forbidden,
        TaskCompletionStatus.NotOpen => WorkflowTaskCompletion.NotOpen,
        _ => WorkflowTaskCompletion.InvalidOutcome,
    };

    public async Task<int> CancelInstancesAsync(string businessKey, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var running = await db.Instances.AsNoTracking()
            .Where(i => i.BusinessKey == businessKey && i.Status != InstanceStatus.Completed && i.Status != InstanceStatus.Cancelled)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var stopped = 0;
        foreach (var id in running)
        {
            if ((await instances.CancelAsync(id, actor, cancellationToken, reason)).Status == InstanceActionStatus.Done)
            {
                stopped++;
            }
        }

        return stopped;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex DataKey();
}

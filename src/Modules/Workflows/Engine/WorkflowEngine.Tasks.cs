using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal sealed partial class WorkflowEngine
{
    private static readonly string[] AssignmentProperties = ["assignee", "role", "department"];

    private async Task CreateTaskAsync(InstanceRun run, Token token, BpmnElement element, CancellationToken cancellationToken)
    {
        // A task that names none of assignee/role/department takes its lane's role and department.
        var own = AssignmentProperties.Any(p => element.Property(p) is not null);
        string? Declared(string name) => own ? element.Property(name) : element.PropertyOrLane(name);
        string? Assignment(string name) => VariableSubstitution.Apply(Declared(name), run.Variables);

        // Fail closed: a department that resolves to nothing would open the task to every holder of its role.
        if (Declared("department") is { } declared && Assignment("department") is null)
        {
            throw new WorkflowFaultException(
                $"'{element.DisplayName}' is assigned to the department '{declared}', which is empty for this instance; " +
                "the task would be open to everyone holding its role, so the instance stops here until the department is set.");
        }

        var now = Now;
        DateTime? due = null;
        if (VariableSubstitution.Apply(element.Property("dueIn"), run.Variables) is { } dueIn)
        {
            due = await AfterAsync(now, dueIn, cancellationToken)
                ?? throw new WorkflowFaultException($"The due period '{dueIn}' of '{element.DisplayName}' is not an ISO 8601 duration.");
        }

        string? description = null;
        if (element.Property("description") is { } template)
        {
            description = await RenderAsync(run, template);
        }

        var task = new WorkflowTask
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            InstanceId = run.Entity.Id,
            TokenId = token.Id,
            ElementId = element.Id,
            Name = Truncate(element.DisplayName, 300),
            Description = description,
            DefinitionName = run.Entity.DefinitionName,
            BusinessKey = run.Entity.BusinessKey,
            AssigneeUser = Assignment("assignee"),
            Role = Assignment("role"),
            DepartmentCode = Assignment("department"),
            DueUtc = due,
            Outcomes = element.Property("outcomes") ?? BpmnValidator.DefaultOutcomes,
            Status = WorkflowTaskStatus.Open,
            CreatedUtc = now,
        };
        db.Tasks.Add(task);
        token.State = TokenState.AtTask;
        History(run, element.Id, HistoryKinds.TaskCreated, null, message: AssignmentText(task));
        foreach (var boundary in element.Boundaries)
        {
            await AddTimerAsync(run, token, boundary, now, cancellationToken);
        }
    }

    /// <summary>Completes an open task: stores the outcome and comment, cancels its boundary timers and moves on.</summary>
    public async Task CompleteTaskAsync(
        InstanceRun run, WorkflowTask task, string outcome, string? comment, string actor, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? data = null)
    {
        var token = run.Token(task.TokenId);
        if (token is null || token.State != TokenState.AtTask || token.ElementId != task.ElementId)
        {
            throw new InvalidOperationException("The task is no longer waiting in its instance.");
        }

        var element = run.Model.Element(task.ElementId);
        task.Status = WorkflowTaskStatus.Completed;
        task.Outcome = outcome;
        task.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        task.CompletedBy = actor;
        task.CompletedUtc = Now;
        foreach (var (name, value) in data ?? new Dictionary<string, string?>())
        {
            run.Variables[name] = value;
        }

        run.Variables["outcome"] = outcome;
        run.Variables[element.Id + ".outcome"] = outcome;
        run.Variables[element.Id + ".comment"] = task.Comment;
        run.Variables[element.Id + ".completedBy"] = actor;
        History(run, element.Id, HistoryKinds.TaskCompleted, actor, outcome, task.Comment);
        await db.Waits.Where(w => w.InstanceId == run.Entity.Id && w.TokenId == token.Id).ExecuteDeleteAsync(cancellationToken);
        token.State = TokenState.Ready;
        token.RetryLeave = true;
        await RunAsync(run, cancellationToken);
    }

    private static string AssignmentText(WorkflowTask task) =>
        string.Join(", ", new[] { task.AssigneeUser is null ? null : "user " + task.AssigneeUser, task.Role is null ? null : "role " + task.Role, task.DepartmentCode is null ? null : "department " + task.DepartmentCode }.Where(s => s is not null));

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>A decision taken on the proposal page.</summary>
internal sealed record DecisionInput(Guid TaskId, string? Outcome, string? Comment, string? Department, string? Scheme = null);

/// <summary>
/// Decisions are taken on the proposal page: the workflow's open task for this proposal is completed
/// through Core with data (the lead department, the reason, whether the desk reviews the answer), under the
/// same rules as My tasks. Proposals stores the lead department, scheme and stage first and restores them if
/// the workflow refuses. Choosing the scheme of an undecided proposal queues <c>ProposalSchemeChosen</c>, which
/// starts the scheme's flow at routing.
/// </summary>
internal sealed class ProposalDecisions(
    ProposalsDbContext db,
    IModuleCapability<IWorkflowTasks> workflows,
    IUserDirectory directory,
    ProposalSchemes schemes,
    ProposalSettingsStore settingsStore,
    ProposalEventPublisher publisher,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkflowTaskInfo>> TasksAsync(Proposal proposal, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        workflows.Value is { } tasks ? await tasks.OpenTasksAsync(ProposalEventData.KeyOf(proposal.Id), user, cancellationToken) : [];

    /// <summary>The flows that work on the proposal: where each is and what happened.</summary>
    public async Task<IReadOnlyList<WorkflowInstanceState>> FlowsAsync(Proposal proposal, CancellationToken cancellationToken) =>
        workflows.Value is { } tasks ? await tasks.InstancesAsync(ProposalEventData.KeyOf(proposal.Id), cancellationToken) : [];

    /// <summary>"Assign to me": the given open task, or the first one the user may take. False when there is none to take.</summary>
    public async Task<bool> AssignToMeAsync(Proposal proposal, Guid? taskId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = (await TasksAsync(proposal, user, cancellationToken)).FirstOrDefault(t => t.CanComplete && (taskId is null ? t.AssigneeUser is null : t.Id == taskId));
        return workflows.Value is { } tasks && task is not null
            && await tasks.AssignToMeAsync(task.Id, ProposalEventData.KeyOf(proposal.Id), user, cancellationToken) == WorkflowTaskCompletion.Completed;
    }

    /// <summary>Returns the errors by input name (empty when the decision was taken).</summary>
    public async Task<IReadOnlyList<(string Key, string Message)>> DecideAsync(Proposal proposal, DecisionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = (await TasksAsync(proposal, user, cancellationToken)).FirstOrDefault(t => t.Id == input.TaskId && t.CanComplete);
        if (workflows.Value is not { } tasks || task is null)
        {
            return [("decision", Cultures.T("この作業は完了済みか、あなたが判断できる作業ではありません。", "This task is done already or not yours to decide."))];
        }

        var errors = new List<(string, string)>();
        var comment = ProposalValidator.Text(input.Comment);
        if (input.Outcome is null || !task.Outcomes.Contains(input.Outcome))
        {
            errors.Add(("outcome", Cultures.T("判断を選んでください。", "Choose a decision.")));
        }
        else if (DecisionOutcomes.NeedsReason.Contains(input.Outcome) && comment.Length == 0)
        {
            errors.Add(("comment", Cultures.T("理由・依頼内容を入力してください（提案者または相手の課に伝わります）。", "Write the reason or request (it goes to the proposer or the other side).")));
        }

        SchemeChoice? scheme = null;
        if (input.Outcome == DecisionOutcomes.ChooseScheme)
        {
            scheme = schemes.Enabled().FirstOrDefault(s => s.Id == input.Scheme && s.Id != ProposalSchemes.Undecided);
            if (scheme is null)
            {
                errors.Add(("scheme", Cultures.T("連携手法を選んでください。", "Choose the scheme.")));
            }
        }

        DirectoryDepartment? department = null;
        if (input.Outcome is { } routing && DecisionOutcomes.NeedsDepartment.Contains(routing))
        {
            department = (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.IsActive && d.Code == input.Department);
            if (department is null)
            {
                errors.Add(("department", Cultures.T("回付先の担当課を選んでください。", "Choose the department to route to.")));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var settings = await settingsStore.GetAsync(cancellationToken);
        var data = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["decisionReason"] = comment,
            ["deskReview"] = settings?.DeskReviewsAnswers == false ? "false" : "true",
        };
        var tracked = await db.Proposals.FirstAsync(p => p.Id == proposal.Id, cancellationToken);
        var before = (tracked.LeadDepartmentCode, tracked.Stage, tracked.StageChangedUtc, tracked.StageDueUtc, tracked.Scheme);
        var now = clock.GetUtcNow().UtcDateTime;
        if (department is not null)
        {
            tracked.LeadDepartmentCode = department.Code;
            ProposalThread.SetStage(tracked, ProposalStage.DepartmentReview, now);
            data["departmentCode"] = department.Code;
        }
        else if (input.Outcome == DecisionOutcomes.Reroute)
        {
            ProposalThread.SetStage(tracked, ProposalStage.Reviewing, now);
        }

        if (scheme is not null)
        {
            // The consultation flow hands over: the scheme's own flow starts from routing (triage is done).
            tracked.Scheme = scheme.Id;
            data["scheme"] = scheme.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = await tasks.CompleteAsync(task.Id, ProposalEventData.KeyOf(proposal.Id), input.Outcome!, comment, data, user, cancellationToken);
        if (result == WorkflowTaskCompletion.Completed)
        {
            if (scheme is not null)
            {
                var handovers = await db.PendingEvents.CountAsync(e => e.ProposalId == proposal.Id && e.Name == ProposalEventData.SchemeChosenEvent, CancellationToken.None);
                db.PendingEvents.Add(ProposalEventData.SchemeChosen(tracked, handovers + 1, now));
                await db.SaveChangesAsync(CancellationToken.None);
                await publisher.PublishForAsync(proposal.Id, CancellationToken.None);
            }

            return [];
        }

        (tracked.LeadDepartmentCode, tracked.Stage, tracked.StageChangedUtc, tracked.StageDueUtc, tracked.Scheme) = before;
        await db.SaveChangesAsync(CancellationToken.None);

        return [("decision", Cultures.T("ワークフローが判断を受け付けませんでした（作業が他の人によって完了された可能性があります）。", "The workflow did not take the decision (someone may have completed the task)."))];
    }
}

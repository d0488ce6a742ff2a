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
internal sealed record DecisionInput(Guid TaskId, string? Outcome, string? Comment, string? Department);

/// <summary>
/// Decisions are taken on the proposal page: the workflow's open task for this proposal is completed
/// through Core with data (the lead department, the reason), under the same rules as My tasks. Proposals
/// stores the lead department and the stage first and restores them if the workflow refuses.
/// </summary>
internal sealed class ProposalDecisions(ProposalsDbContext db, IModuleCapability<IWorkflowTasks> workflows, IUserDirectory directory, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, LocalizedText> OutcomeLabels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["assign"] = new("担当課へ回付する", "Route to the department"),
        ["requestChanges"] = new("提案者に修正・追加情報を依頼する", "Ask the proposer for changes or more information"),
        ["reject"] = new("見送る（理由を添えて回答）", "Decline (answer with the reason)"),
        ["approve"] = new("実施する", "Go ahead"),
        ["done"] = new("完了", "Done"),
    };

    /// <summary>Outcomes whose comment goes to the proposer as the reason or the request: they need one.</summary>
    public static readonly IReadOnlySet<string> NeedsReason = new HashSet<string>(StringComparer.Ordinal) { "reject", "requestChanges" };

    public static string Label(string outcome, bool english) =>
        OutcomeLabels.TryGetValue(outcome, out var label) ? (english ? label.En : label.Ja) : outcome;

    public async Task<IReadOnlyList<WorkflowTaskInfo>> TasksAsync(Proposal proposal, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        workflows.Value is { } tasks ? await tasks.OpenTasksAsync(ProposalEventData.KeyOf(proposal.Id), user, cancellationToken) : [];

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
        else if (NeedsReason.Contains(input.Outcome) && comment.Length == 0)
        {
            errors.Add(("comment", Cultures.T("提案者に伝える理由・依頼内容を入力してください。", "Write the reason or request for the proposer.")));
        }

        DirectoryDepartment? department = null;
        if (input.Outcome == "assign")
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

        var tracked = await db.Proposals.FirstAsync(p => p.Id == proposal.Id, cancellationToken);
        var (previousDepartment, previousStage, previousChanged) = (tracked.LeadDepartmentCode, tracked.Stage, tracked.StageChangedUtc);
        var data = new Dictionary<string, string?>(StringComparer.Ordinal) { ["decisionReason"] = comment };
        if (department is not null)
        {
            tracked.LeadDepartmentCode = department.Code;
            ProposalThread.SetStage(tracked, ProposalStage.DepartmentReview, clock.GetUtcNow().UtcDateTime);
            data["departmentCode"] = department.Code;
            await db.SaveChangesAsync(cancellationToken);
        }

        var result = await tasks.CompleteAsync(task.Id, ProposalEventData.KeyOf(proposal.Id), input.Outcome!, comment, data, user, cancellationToken);
        if (result == WorkflowTaskCompletion.Completed)
        {
            return [];
        }

        if (department is not null)
        {
            tracked.LeadDepartmentCode = previousDepartment;
            tracked.Stage = previousStage;
            tracked.StageChangedUtc = previousChanged;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return [("decision", Cultures.T("ワークフローが判断を受け付けませんでした（作業が他の人によって完了された可能性があります）。", "The workflow did not take the decision (someone may have completed the task)."))];
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Workflows;

/// <summary>
/// Moves the proposal to a stage the proposer sees on the tracking page (in the step's transaction), with
/// an optional due date in business days that Proposals stores for the inbox's overdue filter.
/// </summary>
internal sealed class SetProposalStageActivity(TimeProvider clock) : IWorkflowActivity
{
    public static readonly IReadOnlyDictionary<string, ProposalStage> Stages = new Dictionary<string, ProposalStage>(StringComparer.Ordinal)
    {
        ["reviewing"] = ProposalStage.Reviewing,
        ["departmentReview"] = ProposalStage.DepartmentReview,
        ["inProgress"] = ProposalStage.InProgress,
        ["completed"] = ProposalStage.Completed,
    };

    public string Name => "SetProposalStage";

    public LocalizedText DisplayName { get; } = new("提案の段階を変える", "Set the proposal's stage");

    public LocalizedText Description { get; } = new(
        "提案者の専用ページに表示される段階（内容確認中、担当課で検討中、実施中、完了）を変えます。",
        "Changes the stage the proposer sees on the tracking page (reviewing, with the department, in progress, completed).");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("stage", new("段階", "Stage"), ActivityParameterKind.Select, Required: true, Options: Stages.Keys.ToList()),
        new("dueIn", new("この段階の期限（営業日、例 P10D）", "Due within (business days, e.g. P10D)"), ActivityParameterKind.Duration),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!Stages.TryGetValue(context.Parameter("stage") ?? string.Empty, out var stage))
        {
            return ActivityResult.Fault($"SetProposalStage: unknown stage '{context.Parameter("stage")}'. Use one of {string.Join(", ", Stages.Keys)}.");
        }

        if (!context.Variables.TryGetValue("proposalId", out var raw) || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ActivityResult.Fault("SetProposalStage needs the variable proposalId (the flow must start on ProposalSubmitted).");
        }

        var dueDays = 0;
        if (context.Parameter("dueIn") is { Length: > 0 } dueIn && !TryParseDays(dueIn, out dueDays))
        {
            return ActivityResult.Fault($"SetProposalStage: dueIn '{dueIn}' must be whole days or weeks (P10D, P2W).");
        }

        var db = context.Services.GetRequiredService<ProposalsDbContext>();
        context.Services.GetRequiredService<AmbientTransaction>().Enlist(db);
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return ActivityResult.Fault($"Proposal {id} does not exist.");
        }

        if (proposal.Stage == ProposalStage.Withdrawn)
        {
            context.Log($"{proposal.ReceiptNumber} was withdrawn; its stage stays");
            return ActivityResult.Done();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ProposalThread.SetStage(proposal, stage, now);
        if (dueDays > 0)
        {
            proposal.StageDueUtc = await context.Services.GetRequiredService<IBusinessCalendar>().AddBusinessDaysAsync(now, dueDays, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        context.Log($"{proposal.ReceiptNumber}: stage {stage}");
        return ActivityResult.Done();
    }

    /// <summary>PnD or PnW: the due dates the desk works to are counted in business days.</summary>
    internal static bool TryParseDays(string value, out int days)
    {
        days = 0;
        if (value.Length < 3 || value[0] != 'P' || value[^1] is not ('D' or 'W')
            || !int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 365)
        {
            return false;
        }

        days = value[^1] == 'W' ? n * 5 : n;
        return true;
    }
}

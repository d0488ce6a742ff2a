using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Workflows;

/// <summary>Moves the proposal to a stage the proposer sees on the tracking page (in the step's transaction).</summary>
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

        ProposalThread.SetStage(proposal, stage, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        context.Log($"{proposal.ReceiptNumber}: stage {stage}");
        return ActivityResult.Done();
    }
}

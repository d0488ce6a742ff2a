using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Workflows;

/// <summary>
/// Writes to the proposer through the proposal's thread (the proposer is e-mailed a notice without the
/// text). The flows use it instead of raw e-mails, so workflow variables never hold the proposer's address.
/// </summary>
internal sealed class MessageProposerActivity : IWorkflowActivity
{
    public string Name => "MessageProposer";

    public LocalizedText DisplayName { get; } = new("提案者へのメッセージ", "Message the proposer");

    public LocalizedText Description { get; } = new(
        "提案のスレッドにデスクからのメッセージを書き込み、提案者にお知らせのメールを送ります（メールに本文は入りません）。",
        "Writes a message from the desk to the proposal's thread and e-mails the proposer a notice (without the text).");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("body", new("本文", "Message"), ActivityParameterKind.Template, Required: true),
        new("awaitReply", new("回答を待つ（ご回答待ち・14営業日）", "Wait for a reply (awaiting reply, 14 business days)"), ActivityParameterKind.Boolean),
        new("answer", new("この本文を提案への回答として記録する", "Record this message as the answer to the proposal"), ActivityParameterKind.Boolean),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!context.Variables.TryGetValue("proposalId", out var raw) || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ActivityResult.Fault("MessageProposer needs the variable proposalId (the flow must start on ProposalSubmitted).");
        }

        var db = context.Services.GetRequiredService<ProposalsDbContext>();
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return ActivityResult.Fault($"Proposal {id} does not exist.");
        }

        var body = (await context.RenderAsync(context.Parameter("body") ?? string.Empty, cancellationToken)).Trim();
        if (body.Length == 0)
        {
            return ActivityResult.Fault("MessageProposer has an empty message.");
        }

        var thread = context.Services.GetRequiredService<ProposalThread>();
        await thread.DeskMessageAsync(proposal.Id, body, null, IsTrue(context.Parameter("awaitReply")), IsTrue(context.Parameter("answer")), cancellationToken);
        context.Log($"Message to the proposer of {proposal.ReceiptNumber} written to the thread");
        return ActivityResult.Done();
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// Overdue checklist items remind their owner once per item and due date: the department (or, without one, the desk) and
/// the desk by an in-app notice, the proposer by a message in the proposal's thread (Proposals e-mails the notice). Each
/// item is claimed by one conditional update, so two nodes never both remind; a notice is written in the claim's
/// transaction. A message that fails gives the claim back for the next run; one the proposal no longer takes (withdrawn)
/// becomes a notice to the desk.
/// </summary>
internal sealed class PilotReminders(
    PilotSupportDbContext db,
    AmbientTransaction ambient,
    INotificationSender notifications,
    IModuleCapability<IProposalUpdates> proposals,
    TimeProvider clock,
    ILogger<PilotReminders> logger)
{
    public async Task<int> RemindOverdueAsync(CancellationToken cancellationToken)
    {
        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        var due = await PilotList.OverdueItems(db, today).Where(i => i.RemindedFor == null || i.RemindedFor != i.DueOn)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Id).Take(50).AsNoTracking().ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var item in due)
        {
            var pilot = await db.Pilots.AsNoTracking().FirstAsync(p => p.Id == item.PilotId, cancellationToken);
            var sent = item.Owner == ChecklistOwner.Proposer && pilot.HasProposal
                ? await MessageProposerAsync(pilot, item, cancellationToken)
                : await NotifyAsync(pilot, item, item.Owner == ChecklistOwner.Department ? pilot.DepartmentCode : null, false, cancellationToken);
            reminded += sent ? 1 : 0;
        }

        return reminded;
    }

    private async Task<bool> MessageProposerAsync(Pilot pilot, PilotChecklistItem item, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(item, cancellationToken))
        {
            return false;
        }

        var (step, due) = (PilotText.Step(item.Step), Day(item));
        var body = $"実証実験「{pilot.Title}」の「{step.Ja}」の期限（{due}）が過ぎています。状況をお知らせください。\n"
            + $"The step \"{step.En}\" of the pilot \"{pilot.Title}\" was due on {due}. Please let us know where it stands.";
        bool sent;
        try
        {
            sent = proposals.Value is { } updates && await updates.MessageProposerAsync(pilot.ProposalId, body, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The reminder of pilot {Pilot}'s step {Step} could not be sent to the proposer; it is tried again", pilot.Id, item.Step);
            await db.ChecklistItems.Where(i => i.Id == item.Id && i.RemindedFor == item.DueOn)
                .ExecuteUpdateAsync(x => x.SetProperty(i => i.RemindedFor, (DateOnly?)null), CancellationToken.None);
            throw;
        }

        return sent || await NotifyAsync(pilot, item, null, true, cancellationToken);
    }

    /// <summary>The notice to the department (the desk when null), in one transaction with the claim unless already claimed.</summary>
    private async Task<bool> NotifyAsync(Pilot pilot, PilotChecklistItem item, string? departmentCode, bool claimed, CancellationToken cancellationToken)
    {
        var (step, due) = (PilotText.Step(item.Step), Day(item));
        var body = claimed
            ? $"チェックリストの「{step.Ja}」（事業者等の担当）の期限が過ぎましたが、提案が取り下げられているなどで事業者等にお知らせできませんでした。/ The business's step \"{step.En}\" is overdue and the business could not be told (e.g. the proposal was withdrawn)."
            : $"チェックリストの「{step.Ja}」の期限が過ぎました。実証実験の画面で状況を記録してください。/ The checklist step \"{step.En}\" is overdue; record where it stands on the pilot's page.";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            if (!claimed && !await ClaimAsync(item, cancellationToken))
            {
                return false;
            }

            await notifications.NotifyAsync(PilotRoutes.Notice(pilot, departmentCode, $"【期限超過】実証実験「{pilot.Title}」：{step.Ja}（期限 {due}）", body, "#checklist"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Marks the item reminded for its current due date; false when another run did, or the due date moved meanwhile.</summary>
    private async Task<bool> ClaimAsync(PilotChecklistItem item, CancellationToken cancellationToken) =>
        await db.ChecklistItems.Where(i => i.Id == item.Id && i.DueOn == item.DueOn && i.CompletedUtc == null && (i.RemindedFor == null || i.RemindedFor != i.DueOn))
            .ExecuteUpdateAsync(x => x.SetProperty(i => i.RemindedFor, item.DueOn), cancellationToken) == 1;

    private static string Day(PilotChecklistItem item) => item.DueOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

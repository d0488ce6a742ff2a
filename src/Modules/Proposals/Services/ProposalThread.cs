using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The message thread between the proposer and the desk, and the stage changes that go with it.
/// Proposals is the only writer of the stage and the only sender of messages to the proposer.
/// Each message notifies the other side: the proposer by an e-mail without the message's text, the
/// desk (and the lead department) by an in-app notification.
/// </summary>
internal sealed class ProposalThread(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    ProposalEmails emails,
    INotificationSender notifications,
    IModuleCapability<IWorkflowTasks> workflows,
    IBusinessCalendar calendar,
    TimeProvider clock)
{
    /// <summary>Business days the desk waits for the proposer's reply (the seeded flows' P14D counts the same way).</summary>
    public const int ReplyDays = 14;

    /// <summary>The proposer's reply (with files), committed with its <c>ProposerReplied</c> event and the desk's notice.</summary>
    public async Task<ProposalMessage> ProposerReplyAsync(Proposal proposal, string body, IReadOnlyList<CheckedAttachment> files, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var durable = await DurableCommit.BeginAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            db.Attach(proposal);
            var message = new ProposalMessage { ProposalId = proposal.Id, Author = MessageAuthor.Proposer, Body = body, CreatedUtc = now };
            db.Messages.Add(message);
            proposal.UnreadReplies++;
            if (proposal.Stage == ProposalStage.AwaitingProposer)
            {
                SetStage(proposal, ProposalStage.Reviewing, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            AddProposerFiles(message, files, requestKey: null);

            db.PendingEvents.Add(ProposalEventData.Replied(proposal, message, now));
            await NotifyStaffAsync(proposal, new("提案者から返信がありました", "The proposer replied"), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return message;
        }
    }

    /// <summary>
    /// A message from the desk (a staff member, or a workflow step when <paramref name="staffUserName"/> is
    /// null). <paramref name="awaitReply"/> sets the stage to ご回答待ち with a due date; <paramref name="isAnswer"/>
    /// records the message as the answer (回答済み). Joins the caller's
    /// ambient transaction (a workflow step) or runs in its own.
    /// </summary>
    public async Task<ProposalMessage> DeskMessageAsync(long proposalId, string body, string? staffUserName, bool awaitReply, bool isAnswer, CancellationToken cancellationToken)
    {
        ambient.Enlist(db);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            using var scope = own is null ? null : ambient.Use(own);
            var now = clock.GetUtcNow().UtcDateTime;
            var tracked = await db.Proposals.FirstAsync(p => p.Id == proposalId, cancellationToken);
            var message = new ProposalMessage { ProposalId = tracked.Id, Author = MessageAuthor.Desk, StaffUserName = staffUserName, Body = body, CreatedUtc = now };
            db.Messages.Add(message);
            if (isAnswer)
            {
                SetStage(tracked, ProposalStage.Answered, now);
                tracked.AnswerText = body;
                tracked.AnsweredUtc = now;
            }
            else if (awaitReply)
            {
                SetStage(tracked, ProposalStage.AwaitingProposer, now);
                tracked.ReplyDueUtc = await calendar.AddBusinessDaysAsync(now, ReplyDays, cancellationToken);
            }

            await emails.NewMessageAsync(tracked, tracked.SiteOrigin + ProposalRoutes.LinkRequestUrl(tracked.Culture), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return message;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public async Task WithdrawAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            db.Attach(proposal);
            SetStage(proposal, ProposalStage.Withdrawn, clock.GetUtcNow().UtcDateTime);
            await NotifyStaffAsync(proposal, new("提案が取り下げられました", "A proposal was withdrawn"), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Withdrawn and committed: the flows working on it stop, so nobody is left with its tasks.
        if (workflows.Value is { } running)
        {
            await running.CancelInstancesAsync(ProposalEventData.KeyOf(proposal.Id), "提案者が取り下げました / withdrawn by the proposer", "proposer", CancellationToken.None);
        }
    }

    /// <summary>The proposer's files of a message (answering a document request when <paramref name="requestKey"/> is set).</summary>
    public void AddProposerFiles(ProposalMessage message, IReadOnlyList<CheckedAttachment> files, string? requestKey)
    {
        foreach (var file in files)
        {
            db.Files.Add(new ProposalFile
            {
                Id = Guid.NewGuid().ToString("N"), ProposalId = message.ProposalId, MessageId = message.Id, FileName = file.FileName,
                ContentType = file.ContentType, Length = file.Bytes.Length, Data = file.Bytes, Confidential = file.Confidential,
                UploadedBy = MessageAuthor.Proposer, CreatedUtc = message.CreatedUtc, RequestKey = requestKey,
            });
        }
    }

    public static void SetStage(Proposal proposal, ProposalStage stage, DateTime now)
    {
        if (proposal.Stage != stage)
        {
            proposal.Stage = stage;
            proposal.StageChangedUtc = now;
            proposal.StageDueUtc = null;
        }

        if (stage != ProposalStage.AwaitingProposer)
        {
            proposal.ReplyDueUtc = null;
        }
    }

    public Task<int> NotifyStaffAsync(Proposal proposal, LocalizedText what, CancellationToken cancellationToken) =>
        notifications.NotifyAsync(
            new NotificationRequest(
                $"{what.Ja}：{proposal.ReceiptNumber}「{proposal.Title}」",
                $"{what.Ja}。提案の画面で内容を確認してください。/ {what.En}: open the proposal to read it.",
                ProposalRoutes.AdminUrl(proposal.Id),
                Roles: [RoleNames.DeskStaff],
                DepartmentCodes: string.IsNullOrEmpty(proposal.LeadDepartmentCode) ? null : [proposal.LeadDepartmentCode],
                Source: $"proposal:{proposal.Id}"),
            cancellationToken);
}

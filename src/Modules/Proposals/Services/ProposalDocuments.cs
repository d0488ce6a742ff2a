using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Documents a scheme asks of the proposer (the pilot's report): the request and its notice in the thread in one
/// commit; the proposer's upload from the tracking page, durable, with the desk and the department told.
/// </summary>
internal sealed class ProposalDocuments(ProposalsDbContext db, AmbientTransaction ambient, ProposalThread thread, TimeProvider clock)
{
    public Task<List<DocumentRequest>> ForProposalAsync(long proposalId, CancellationToken cancellationToken) =>
        db.DocumentRequests.AsNoTracking().Where(r => r.ProposalId == proposalId).OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Opens (or updates and reopens) the request and tells the proposer in the thread; false for an unknown or closed proposal.</summary>
    public async Task<bool> RequestAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken)
    {
        if (request.Key.Length is 0 or > 64 || !request.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("A request key is 1 to 64 lowercase letters, digits and hyphens.", nameof(request));
        }

        var stage = await db.Proposals.Where(p => p.Id == proposalId).Select(p => (ProposalStage?)p.Stage).FirstOrDefaultAsync(cancellationToken);
        if (stage is null or ProposalStage.Withdrawn)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            var row = await db.DocumentRequests.FirstOrDefaultAsync(r => r.ProposalId == proposalId && r.Key == request.Key, cancellationToken);
            if (row is null)
            {
                row = new DocumentRequest { ProposalId = proposalId, Key = request.Key, RequestedUtc = clock.GetUtcNow().UtcDateTime };
                db.DocumentRequests.Add(row);
            }

            (row.TitleJa, row.TitleEn, row.ExplanationJa, row.ExplanationEn) = (request.Title.Ja, request.Title.En, request.Explanation.Ja, request.Explanation.En);
            (row.DueOn, row.ClosedUtc) = (request.DueOn, null);
            await db.SaveChangesAsync(cancellationToken);
            await thread.DeskMessageAsync(proposalId, NoticeText(request), staffUserName: null, awaitReply: false, isAnswer: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    public async Task<bool> CloseAsync(long proposalId, string key, CancellationToken cancellationToken) =>
        await db.DocumentRequests.Where(r => r.ProposalId == proposalId && r.Key == key && r.ClosedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken) > 0;

    /// <summary>The proposer's files for an open request, with a note, as one message of the thread.</summary>
    public async Task UploadAsync(Proposal proposal, DocumentRequest request, string note, IReadOnlyList<CheckedAttachment> files, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var durable = await DurableCommit.BeginAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            db.Attach(proposal);
            var body = note.Length > 0 ? note : $"「{request.TitleJa}」を提出しました。";
            var message = new ProposalMessage { ProposalId = proposal.Id, Author = MessageAuthor.Proposer, Body = body, CreatedUtc = now };
            db.Messages.Add(message);
            proposal.UnreadReplies++;
            await db.SaveChangesAsync(cancellationToken);
            thread.AddProposerFiles(message, files, request.Key);

            await thread.NotifyStaffAsync(proposal, new($"提案者が「{request.TitleJa}」を提出しました", $"The proposer sent \"{request.Title(true)}\""), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static string NoticeText(ProposalDocumentRequest request)
    {
        var due = request.DueOn is { } d ? $"（{d.Year}年{d.Month}月{d.Day}日まで）" : string.Empty;
        var dueEn = request.DueOn is { } e ? $" by {e:yyyy-MM-dd}" : string.Empty;
        return $"「{request.Title.Ja}」のご提出をお願いします{due}。提案の専用ページからファイルを送ってください。\n{request.Explanation.Ja}\n\n"
            + $"Please send \"{request.Title.En}\"{dueEn} from your proposal's page.\n{request.Explanation.En}";
    }
}

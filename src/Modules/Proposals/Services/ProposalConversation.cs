using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// A proposal's thread, each message with its files, and the files sent with the proposal itself, as the
/// proposer's page and the staff page show them. File bytes are not loaded: the pages only link to them.
/// </summary>
internal sealed record ProposalConversation(IReadOnlyList<TrackingMessage> Thread, IReadOnlyList<ProposalFile> SubmittedFiles)
{
    public static async Task<ProposalConversation> LoadAsync(ProposalsDbContext db, long proposalId, CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => m.ProposalId == proposalId)
            .OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var files = await db.Files.AsNoTracking().Where(f => f.ProposalId == proposalId)
            .Select(f => new ProposalFile
            {
                Id = f.Id, MessageId = f.MessageId, FileName = f.FileName, Length = f.Length, ContentType = f.ContentType,
                Confidential = f.Confidential, UploadedBy = f.UploadedBy, CreatedUtc = f.CreatedUtc, RequestKey = f.RequestKey,
            })
            .ToListAsync(cancellationToken);
        return new(
            messages.Select(m => new TrackingMessage(m, files.Where(f => f.MessageId == m.Id).ToList())).ToList(),
            files.Where(f => f.MessageId is null).ToList());
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>What scheme modules read of a proposal: routing, the submitted values and the files, never the contact person.</summary>
internal sealed class ProposalReaderGateway(ProposalsDbContext db) : IProposalReader
{
    public async Task<ProposalSnapshot?> GetAsync(long proposalId, CancellationToken cancellationToken = default)
    {
        var p = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == proposalId, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var files = await db.Files.AsNoTracking().Where(f => f.ProposalId == proposalId).OrderBy(f => f.CreatedUtc)
            .Select(f => new ProposalFileInfo(f.Id, f.FileName, f.ContentType, f.Length, f.Confidential, f.CreatedUtc, f.RequestKey))
            .ToListAsync(cancellationToken);
        var organizations = JsonSerializer.Deserialize<List<ProposalOrganization>>(p.OrganizationsJson, ProposalJson.Options) ?? [];
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Summary"] = p.Summary, ["Details"] = p.Details, ["ProposerResources"] = p.ProposerResources, ["CityResources"] = p.CityResources,
            ["ExpectedBenefits"] = p.ExpectedBenefits, ["DesiredPeriod"] = p.DesiredPeriod, ["DesiredPlace"] = p.DesiredPlace,
        };
        return new ProposalSnapshot(
            p.Id, p.ReceiptNumber, p.Title, p.Scheme, ProposalUpdatesGateway.ProgressOf(p.Stage), p.LeadDepartmentCode,
            [.. organizations.Select(o => new AcceptedOrganization(o.Name, o.CorporateNumber))],
            texts,
            JsonSerializer.Deserialize<List<string>>(p.ConfidentialFieldsJson, ProposalJson.Options) ?? [],
            files,
            ProposalRoutes.AdminUrl(p.Id));
    }

    public async Task<(ProposalFileInfo File, byte[] Bytes)?> OpenFileAsync(long proposalId, string fileId, CancellationToken cancellationToken = default)
    {
        var f = await db.Files.AsNoTracking().FirstOrDefaultAsync(x => x.Id == fileId && x.ProposalId == proposalId, cancellationToken);
        return f is null ? null : (new ProposalFileInfo(f.Id, f.FileName, f.ContentType, f.Length, f.Confidential, f.CreatedUtc, f.RequestKey), f.Data);
    }
}

/// <summary>What scheme modules change on a proposal after acceptance; each change is audited with the proposal.</summary>
internal sealed class ProposalUpdatesGateway(ProposalsDbContext db, ProposalThread thread, ProposalDocuments documents, TimeProvider clock) : IProposalUpdates
{
    public static ProposalProgress ProgressOf(ProposalStage stage) => stage switch
    {
        ProposalStage.Received => ProposalProgress.Received,
        ProposalStage.Reviewing => ProposalProgress.Reviewing,
        ProposalStage.AwaitingProposer => ProposalProgress.AwaitingProposer,
        ProposalStage.DepartmentReview => ProposalProgress.DepartmentReview,
        ProposalStage.Answered => ProposalProgress.Answered,
        ProposalStage.InProgress => ProposalProgress.InProgress,
        ProposalStage.Completed => ProposalProgress.Completed,
        _ => ProposalProgress.Withdrawn,
    };

    public async Task<bool> SetProgressAsync(long proposalId, ProposalProgress progress, CancellationToken cancellationToken = default)
    {
        var stage = progress switch
        {
            ProposalProgress.InProgress => ProposalStage.InProgress,
            ProposalProgress.Completed => ProposalStage.Completed,
            _ => throw new ArgumentOutOfRangeException(nameof(progress), progress, "Scheme modules set only 実施中 or 完了."),
        };
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal?.Stage is not (ProposalStage.Answered or ProposalStage.InProgress or ProposalStage.Completed))
        {
            return false;
        }

        ProposalThread.SetStage(proposal, stage, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> MessageProposerAsync(long proposalId, string body, string? staffName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(body) || !await db.Proposals.AnyAsync(p => p.Id == proposalId && p.Stage != ProposalStage.Withdrawn, cancellationToken))
        {
            return false;
        }

        await thread.DeskMessageAsync(proposalId, body.Trim(), staffName, awaitReply: false, isAnswer: false, cancellationToken);
        return true;
    }

    public Task<bool> RequestDocumentAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken = default) =>
        documents.RequestAsync(proposalId, request, cancellationToken);

    public Task<bool> CloseDocumentRequestAsync(long proposalId, string key, CancellationToken cancellationToken = default) =>
        documents.CloseAsync(proposalId, key, cancellationToken);
}

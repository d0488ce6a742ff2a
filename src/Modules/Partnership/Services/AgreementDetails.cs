using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>Everything an agreement's page shows: its documents and follow-ups, the proposal (through Core), its public item and case study.</summary>
internal sealed class AgreementDetails(
    PartnershipDbContext db,
    AgreementAccess access,
    AgreementCaseStudies caseStudies,
    IContentDrafts drafts,
    IModuleCapability<IProposalReader> proposals,
    IPermissionChecker permissions,
    IUserDirectory directory)
{
    public async Task<AgreementDetailPage> BuildAsync(Agreement agreement, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.AgreementId == agreement.Id).OrderBy(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.FileName, d.Length, d.UploadedBy, d.UploadedUtc)).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.AgreementId == agreement.Id)
            .OrderByDescending(f => f.HeldOn).ThenByDescending(f => f.Id).ToListAsync(cancellationToken);
        var proposal = agreement.HasProposal && proposals.Value is { } reader ? await reader.GetAsync(agreement.ProposalId, cancellationToken) : null;
        return new AgreementDetailPage(
            agreement,
            await directory.DepartmentsAsync(cancellationToken),
            documents,
            followUps,
            proposal,
            await drafts.StatusAsync(AgreementPublication.ContentId(agreement.Id), cancellationToken),
            await caseStudies.StatusAsync(agreement, cancellationToken),
            caseStudies.IsAvailable,
            AgreementRules.CanDraftCaseStudy(agreement, followUps.Any(f => f.Outcomes.Length > 0)),
            await access.CanManageAsync(user),
            await permissions.HasAsync(user, ContentPermissionNames.PublishContent));
    }
}

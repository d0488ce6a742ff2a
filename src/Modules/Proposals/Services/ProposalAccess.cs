using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Who sees which proposal, failing closed: holders of ViewAllProposals see all; holders of ViewProposals
/// only those routed to their own active department — as the lead or by a 照会 (opinion request) — and none
/// without one. A refused look is audited.
/// </summary>
internal sealed class ProposalAccess(ProposalsDbContext db, IPermissionChecker permissions, IUserDirectory directory, IAuditTrail audit, ILogger<ProposalAccess> logger)
{
    /// <summary>The proposals a department scope sees (null: all; empty: none).</summary>
    public static IQueryable<Proposal> Within(ProposalsDbContext db, IQueryable<Proposal> proposals, string? departmentScope) => departmentScope switch
    {
        null => proposals,
        { Length: 0 } => proposals.Where(p => false),
        _ => proposals.Where(p => p.LeadDepartmentCode == departmentScope
            || db.OpinionRequests.Any(o => o.ProposalId == p.Id && o.DepartmentCode == departmentScope && o.WithdrawnUtc == null)),
    };

    /// <summary>Null: every proposal; otherwise the one department whose proposals the user sees (empty: none).</summary>
    public async Task<string?> DepartmentScopeAsync(ClaimsPrincipal user) =>
        await permissions.HasAsync(user, Permissions.ViewAllProposals) ? null : await OwnDepartmentAsync(user);

    /// <summary>The user's own active department's code, or empty.</summary>
    public Task<string> OwnDepartmentAsync(ClaimsPrincipal user) => directory.ActiveDepartmentCodeAsync(user);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Proposal proposal, CancellationToken cancellationToken)
    {
        // The same rule as the inbox's scope, asked of this one proposal.
        var scope = await DepartmentScopeAsync(user);
        if (scope is null || await Within(db, db.Proposals.Where(p => p.Id == proposal.Id), scope).AnyAsync(cancellationToken))
        {
            return true;
        }

        logger.LogWarning("{User} was refused proposal {Proposal} (department scope '{Scope}')", user.Identity?.Name, proposal.Id, scope);
        await audit.RecordAsync(new AuditRecord(ProposalsModule.Id, "AccessDenied", nameof(Proposal), proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null), cancellationToken);
        return false;
    }
}

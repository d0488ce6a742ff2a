using System.Security.Claims;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Who sees which proposal, failing closed: holders of ViewAllProposals see all; holders of ViewProposals
/// only those whose lead department is their own active department (none without one). A refused look is audited.
/// </summary>
internal sealed class ProposalAccess(IPermissionChecker permissions, IUserDirectory directory, IAuditTrail audit, ILogger<ProposalAccess> logger)
{
    /// <summary>Null: every proposal; otherwise the one department whose proposals the user sees (empty: none).</summary>
    public async Task<string?> DepartmentScopeAsync(ClaimsPrincipal user)
    {
        if (await permissions.HasAsync(user, Permissions.ViewAllProposals))
        {
            return null;
        }

        // The sign-in cookie carries the department's id; only an active department of the directory counts.
        if (!Guid.TryParse(user.FindFirst(OcaClaimTypes.Department)?.Value, out var departmentId))
        {
            return string.Empty;
        }

        var department = (await directory.DepartmentsAsync()).FirstOrDefault(d => d.Id == departmentId && d.IsActive);
        return department?.Code ?? string.Empty;
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Proposal proposal, CancellationToken cancellationToken)
    {
        var scope = await DepartmentScopeAsync(user);
        if (scope is null || (scope.Length > 0 && string.Equals(scope, proposal.LeadDepartmentCode, StringComparison.Ordinal)))
        {
            return true;
        }

        logger.LogWarning("{User} was refused proposal {Proposal} (department scope '{Scope}')", user.Identity?.Name, proposal.Id, scope);
        await audit.RecordAsync(new AuditRecord(ProposalsModule.Id, "AccessDenied", nameof(Proposal), proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null), cancellationToken);
        return false;
    }
}

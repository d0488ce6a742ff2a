using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Who sees which agreement, failing closed: holders of ViewAllAgreements see all; others only those of their own
/// active department, and none without one. A refused look is logged and audited.
/// </summary>
internal sealed class AgreementAccess(IPermissionChecker permissions, IUserDirectory directory, IAuditTrail audit, ILogger<AgreementAccess> logger)
{
    /// <summary>The agreements a department scope sees (null: all; empty: none).</summary>
    public static IQueryable<Agreement> Within(IQueryable<Agreement> agreements, string? departmentScope) => departmentScope switch
    {
        null => agreements,
        { Length: 0 } => agreements.Where(a => false),
        _ => agreements.Where(a => a.DepartmentCode == departmentScope),
    };

    /// <summary>Null: every agreement; otherwise the one department whose agreements the user sees (empty: none).</summary>
    public async Task<string?> DepartmentScopeAsync(ClaimsPrincipal user) =>
        await permissions.HasAsync(user, Permissions.ViewAllAgreements) ? null : await OwnDepartmentAsync(user);

    /// <summary>The user's own active department's code, or empty.</summary>
    public Task<string> OwnDepartmentAsync(ClaimsPrincipal user) => directory.ActiveDepartmentCodeAsync(user);

    public Task<bool> CanManageAsync(ClaimsPrincipal user) => permissions.HasAsync(user, Permissions.ManageAgreements);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Agreement agreement, CancellationToken cancellationToken)
    {
        var scope = await DepartmentScopeAsync(user);
        if (scope is null || (scope.Length > 0 && agreement.DepartmentCode == scope))
        {
            return true;
        }

        logger.LogWarning("{User} was refused agreement {Agreement} (department scope '{Scope}')", user.Identity?.Name, agreement.Id, scope);
        await audit.RecordAsync(new AuditRecord(PartnershipModule.Id, "AccessDenied", nameof(Agreement), agreement.Id.ToString(CultureInfo.InvariantCulture), null, null), cancellationToken);
        return false;
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// Who sees and edits which pilot, failing closed: holders of ViewAllPilots all; others only those of their own active
/// department, none without one (a pilot without a department is the desk's). A refused look is audited.
/// </summary>
internal sealed class PilotAccess(IPermissionChecker permissions, IUserDirectory directory, IAuditTrail audit, ILogger<PilotAccess> logger)
{
    public static IQueryable<Pilot> Within(IQueryable<Pilot> pilots, string? departmentScope) => departmentScope switch
    {
        null => pilots,
        { Length: 0 } => pilots.Where(p => false),
        _ => pilots.Where(p => p.DepartmentCode == departmentScope),
    };

    /// <summary>Null: every pilot; otherwise the one department whose pilots the user sees (empty: none).</summary>
    public async Task<string?> DepartmentScopeAsync(ClaimsPrincipal user) =>
        await permissions.HasAsync(user, Permissions.ViewAllPilots) ? null : await directory.ActiveDepartmentCodeAsync(user);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Pilot pilot, CancellationToken cancellationToken)
    {
        var scope = await DepartmentScopeAsync(user);
        if (scope is null || (scope.Length > 0 && scope == pilot.DepartmentCode))
        {
            return true;
        }

        logger.LogWarning("{User} was refused pilot {Pilot} (department scope '{Scope}')", user.Identity?.Name, pilot.Id, scope);
        await audit.RecordAsync(new AuditRecord(PilotSupportModule.Id, "AccessDenied", nameof(Pilot), pilot.Id.ToString(CultureInfo.InvariantCulture), null, null), cancellationToken);
        return false;
    }
}

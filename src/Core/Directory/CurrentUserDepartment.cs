using System.Security.Claims;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Core.Directory;

/// <summary>The department a signed-in user belongs to, as the modules that scope records by department read it.</summary>
public static class CurrentUserDepartment
{
    /// <summary>
    /// The code of the user's own department while it is active in the directory, or empty (no department, or an inactive
    /// or unknown one): scoping fails closed on empty. The sign-in cookie carries the department's id.
    /// </summary>
    public static async Task<string> ActiveDepartmentCodeAsync(this IUserDirectory directory, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirst(OcaClaimTypes.Department)?.Value, out var departmentId))
        {
            return string.Empty;
        }

        return (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == departmentId && d.IsActive)?.Code ?? string.Empty;
    }
}

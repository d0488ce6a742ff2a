using System.Security.Claims;

namespace OpenCityAomori.Core.Security;

/// <summary>All permissions declared by enabled modules.</summary>
public interface IPermissionRegistry
{
    IReadOnlyList<ModulePermissions> GetEnabledPermissions();

    Permission? Find(string name);
}

public sealed record ModulePermissions(string ModuleId, string ModuleName, IReadOnlyList<Permission> Permissions);

/// <summary>Which permissions roles hold; implemented by the Users module.</summary>
public interface IRolePermissionStore
{
    Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default);
}

/// <summary>Checks a permission for a user, in code paths that are not guarded by an attribute.</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(ClaimsPrincipal user, Permission permission);

    /// <summary>Checks a permission by name: for one another module declares (see its Core names, e.g. AuditPermissionNames).</summary>
    Task<bool> HasAsync(ClaimsPrincipal user, string permissionName);
}

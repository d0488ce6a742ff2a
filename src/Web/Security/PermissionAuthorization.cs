using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Web.Security;

internal sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;

/// <summary>Builds a policy for every "Permission:X" name on demand, as Orchard Core does.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[Permission.PolicyPrefix.Length..]))
            .Build();
    }
}

/// <summary>
/// Grants a permission when one of the user's roles holds it. Administrators hold every permission
/// of enabled modules; a permission of a disabled module is held by nobody.
/// </summary>
internal sealed class PermissionAuthorizationHandler(IPermissionRegistry registry, IRolePermissionStore store)
    : AuthorizationHandler<PermissionRequirement>, IPermissionChecker
{
    public async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        await HoldsAsync(user, permission.Name);

    public async Task<bool> HasAsync(ClaimsPrincipal user, string permissionName) =>
        await HoldsAsync(user, permissionName);

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await HoldsAsync(context.User, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> HoldsAsync(ClaimsPrincipal user, string permissionName)
    {
        if (user.Identity?.IsAuthenticated != true || registry.Find(permissionName) is null)
        {
            return false;
        }

        if (user.IsInRole(RoleNames.Administrator))
        {
            return true;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return roles.Count > 0 && (await store.GetPermissionsAsync(roles)).Contains(permissionName);
    }
}

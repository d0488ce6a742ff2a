using Microsoft.AspNetCore.Authorization;

namespace OpenCityAomori.Core.Security;

/// <summary>Requires a permission, checked on the server by the host's permission policy.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizePermissionAttribute : AuthorizeAttribute
{
    public AuthorizePermissionAttribute(string permissionName)
    {
        Policy = Permission.PolicyPrefix + permissionName;
    }
}

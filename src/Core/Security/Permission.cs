using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Security;

/// <summary>A right a module declares; granted to roles by administrators.</summary>
public sealed record Permission(string Name, LocalizedText Description, bool IsSecurityCritical = false)
{
    public const string PolicyPrefix = "Permission:";

    public string PolicyName => PolicyPrefix + Name;
}

/// <summary>A module's permissions and which built-in roles get them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<DefaultRoleGrant> GetDefaultGrants();
}

public sealed record DefaultRoleGrant(string RoleName, IReadOnlyList<Permission> Permissions);

using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Users;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ManageUsers = "ManageUsers";
        public const string ViewUsers = "ViewUsers";
        public const string ManageRoles = "ManageRoles";
        public const string ManageDepartments = "ManageDepartments";
        public const string ViewDepartments = "ViewDepartments";
    }

    public static readonly Permission ManageUsers = new(Names.ManageUsers, new("ユーザーの管理", "Manage users"), IsSecurityCritical: true);
    public static readonly Permission ViewUsers = new(Names.ViewUsers, new("ユーザーの閲覧", "View users"));
    public static readonly Permission ManageRoles = new(Names.ManageRoles, new("ロールと権限の管理", "Manage roles and permissions"), IsSecurityCritical: true);
    public static readonly Permission ManageDepartments = new(Names.ManageDepartments, new("部署の管理", "Manage departments"));
    public static readonly Permission ViewDepartments = new(Names.ViewDepartments, new("部署の閲覧", "View departments"));

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ViewUsers, ManageRoles, ManageDepartments, ViewDepartments];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ManageUsers, ViewUsers, ManageRoles, ManageDepartments, ViewDepartments]),
        new(RoleNames.DeskStaff, [ViewUsers, ViewDepartments]),
        new(RoleNames.Auditor, [ViewUsers, ViewDepartments]),
    ];
}

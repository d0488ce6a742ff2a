using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Partnership;

/// <summary>
/// The desk and administrators see and handle every agreement; department staff only those of their own active
/// department (<see cref="ViewAgreements"/> without <see cref="ViewAllAgreements"/>), none without a department.
/// <see cref="ManageAgreements"/> edits within the same scope.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    internal static class Names
    {
        public const string ViewAgreements = "ViewAgreements";
        public const string ViewAllAgreements = "ViewAllAgreements";
        public const string ManageAgreements = "ManageAgreements";
    }

    public static readonly Permission ViewAgreements = new(Names.ViewAgreements, new("所属課の連携協定の閲覧", "View agreements of one's department"));
    public static readonly Permission ViewAllAgreements = new(Names.ViewAllAgreements, new("すべての連携協定の閲覧", "View all agreements"));
    public static readonly Permission ManageAgreements = new(Names.ManageAgreements, new("連携協定の登録・編集（閲覧できるものに限る）", "Register and edit agreements (those one may view)"));

    public IEnumerable<Permission> GetPermissions() => [ViewAgreements, ViewAllAgreements, ManageAgreements];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewAgreements, ViewAllAgreements, ManageAgreements]),
        new(RoleNames.DeskStaff, [ViewAgreements, ViewAllAgreements, ManageAgreements]),
        new(RoleNames.DepartmentStaff, [ViewAgreements, ManageAgreements]),
        new(RoleNames.Auditor, [ViewAgreements, ViewAllAgreements]),
    ];
}

using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Users;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("ユーザー", "Users"), "/admin/users", Permissions.ViewUsers, 200, AdminMenuGroups.Security),
        new(new("ロールと権限", "Roles and permissions"), "/admin/roles", Permissions.ManageRoles, 210, AdminMenuGroups.Security),
        new(new("部署", "Departments"), "/admin/departments", Permissions.ViewDepartments, 220, AdminMenuGroups.Security),
    ];
}

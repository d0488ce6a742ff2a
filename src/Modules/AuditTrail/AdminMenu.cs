using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.AuditTrail;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("監査証跡", "Audit trail"), "/admin/audit", Permissions.ViewAuditTrail, 300, AdminMenuGroups.Security),
    ];
}

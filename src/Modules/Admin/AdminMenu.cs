using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Admin;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("サイト設定", "Site settings"), "/admin/settings", Permissions.ManageSettings, 400, AdminMenuGroups.Configuration),
        new(new("業務日カレンダー", "Business calendar"), "/admin/settings/calendar", Permissions.ManageBusinessCalendar, 405, AdminMenuGroups.Configuration),
        new(new("モジュール", "Modules"), "/admin/features", Permissions.ManageFeatures, 410, AdminMenuGroups.Configuration),
    ];
}

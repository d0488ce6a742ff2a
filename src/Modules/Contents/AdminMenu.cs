using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Contents;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("ページ", "Pages"), "/admin/contents/pages", Permissions.ViewContent, 100, AdminMenuGroups.Content),
    ];
}

using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Search;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("コンテンツ検索", "Search content"), "/admin/search", Permissions.ViewContent, 190, AdminMenuGroups.Content),
    ];
}

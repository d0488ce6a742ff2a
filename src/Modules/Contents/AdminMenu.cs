using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Contents;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("コンテンツ", "Content items"), "/admin/contents", Permissions.ViewContent, 100, AdminMenuGroups.Content),
        new(new("コンテンツの種類", "Content types"), "/admin/contents/types", Permissions.ManageContentTypes, 110, AdminMenuGroups.Content),
    ];
}

using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Media;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("メディア", "Media"), "/admin/media", Permissions.ViewMedia, 150, AdminMenuGroups.Content),
    ];
}

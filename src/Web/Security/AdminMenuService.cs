using System.Security.Claims;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Web.Security;

/// <summary>Assembles the admin navigation from enabled modules and keeps only what the user may open.</summary>
internal sealed class AdminMenuService(IEnumerable<IAdminMenuProvider> providers, IFeatureManager features, IPermissionChecker permissions) : IAdminMenu
{
    public async Task<IReadOnlyList<AdminMenuGroup>> GetMenuAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in providers.Where(p => features.IsEnabled(p.GetType().Assembly)).SelectMany(p => p.GetItems()))
        {
            if (await permissions.HasAsync(user, item.Permission))
            {
                visible.Add(item);
            }
        }

        return visible
            .GroupBy(i => i.Group.Current)
            .OrderBy(g => g.Min(i => i.Order))
            .Select(g => new AdminMenuGroup(g.Key, g.OrderBy(i => i.Order).ToList()))
            .ToList();
    }
}

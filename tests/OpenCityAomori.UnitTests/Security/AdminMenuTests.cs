using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.UnitTests.Security;

public class AdminMenuTests
{
    private static readonly IReadOnlyList<AdminMenuItem> Items = ModuleTypes.MenuProviders.SelectMany(p => p.GetItems()).ToList();

    [Fact]
    public void Menu_items_are_collected_from_the_modules()
    {
        Assert.Contains(Items, i => i.Url == "/admin/contents");
        Assert.Contains(Items, i => i.Url == "/admin/contents/types");
        Assert.Contains(Items, i => i.Url == "/admin/users");
    }

    [Fact]
    public void Every_menu_item_requires_a_declared_permission()
    {
        Assert.All(Items, item =>
        {
            Assert.NotNull(item.Permission);
            Assert.True(ModuleTypes.DeclaredPermissionNames.Contains(item.Permission.Name), $"{item.Url}: undeclared permission '{item.Permission.Name}'");
        });
    }

    [Fact]
    public void Every_menu_item_links_into_the_admin()
    {
        Assert.All(Items, item => Assert.StartsWith("/admin/", item.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Menu_urls_are_unique()
    {
        Assert.Equal(Items.Count, Items.Select(i => i.Url).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_menu_item_opens_a_page_that_its_own_permission_is_enough_to_see()
    {
        // Users see an item when they hold its permission; the page it opens must then not answer 403.
        Assert.All(Items, item =>
        {
            var target = ModuleTypes.Controllers
                .Where(c => "/" + ModuleTypes.RouteOf(c) == item.Url)
                .SelectMany(c => ModuleTypes.ActionsOf(c).Select(a => (Controller: c, Action: a)))
                .Where(x => x.Action.GetCustomAttributes(typeof(HttpGetAttribute), inherit: true).Cast<HttpGetAttribute>().Any(g => string.IsNullOrEmpty(g.Template)))
                .ToList();

            var action = Assert.Single(target);
            Assert.Equal([item.Permission.Name], ModuleTypes.RequiredPermissions(action.Controller, action.Action));
        });
    }
}

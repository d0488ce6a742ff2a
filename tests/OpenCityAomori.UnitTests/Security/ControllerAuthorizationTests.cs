using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Routing;

namespace OpenCityAomori.UnitTests.Security;

public class ControllerAuthorizationTests
{
    [Fact]
    public void Controllers_are_found_in_the_module_assemblies()
    {
        var names = ModuleTypes.Controllers.Select(c => c.Name).ToList();

        Assert.Contains("DashboardController", names);
        Assert.Contains("ContentItemsController", names);
        Assert.Contains("UsersController", names);
    }

    [Fact]
    public void Every_authorize_permission_attribute_names_a_declared_permission()
    {
        var undeclared = ModuleTypes.Controllers
            .SelectMany(c => ModuleTypes.RequiredPermissions(c).Select(p => (Where: ModuleTypes.Describe(c), Permission: p))
                .Concat(ModuleTypes.ActionsOf(c).SelectMany(a => ModuleTypes.RequiredPermissions(a).Select(p => (Where: ModuleTypes.Describe(c, a), Permission: p)))))
            .Where(x => !ModuleTypes.DeclaredPermissionNames.Contains(x.Permission))
            .Select(x => $"{x.Where} requires undeclared permission '{x.Permission}'")
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_admin_action_requires_a_permission_and_allows_no_anonymous_access()
    {
        var adminActions = AdminActions().ToList();
        var offenders = adminActions
            .Where(x => ModuleTypes.RequiredPermissions(x.Controller, x.Action).Count == 0
                || x.Controller.IsDefined(typeof(AllowAnonymousAttribute), inherit: true)
                || x.Action.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
            .Select(x => ModuleTypes.Describe(x.Controller, x.Action))
            .ToList();

        Assert.True(adminActions.Count >= 20, $"only {adminActions.Count} admin actions were found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Permission_guarded_actions_all_live_under_admin()
    {
        // Staff screens share the /admin prefix (admin theme, menu, module gate); the public site and account pages need no permission.
        var adminActions = AdminActions().Select(x => x.Action).ToHashSet();
        var offenders = ModuleTypes.Controllers
            .SelectMany(c => ModuleTypes.ActionsOf(c).Where(a => !adminActions.Contains(a)).Select(a => (Controller: c, Action: a)))
            .Where(x => ModuleTypes.RequiredPermissions(x.Controller, x.Action).Count > 0)
            .Select(x => ModuleTypes.Describe(x.Controller, x.Action))
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>Actions whose route (the controller's or their own absolute one) is under /admin.</summary>
    private static IEnumerable<(Type Controller, MethodInfo Action)> AdminActions() =>
        ModuleTypes.Controllers.SelectMany(c => ModuleTypes.ActionsOf(c)
            .Where(a => IsAdmin(ModuleTypes.RouteOf(c)) || a.GetCustomAttributes().OfType<IRouteTemplateProvider>().Any(r => IsAdmin(r.Template)))
            .Select(a => (c, a)));

    private static bool IsAdmin(string? template)
    {
        var path = template?.TrimStart('~').TrimStart('/');
        return path is not null && (path.Equals("admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("admin/", StringComparison.OrdinalIgnoreCase));
    }
}

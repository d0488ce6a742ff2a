using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Web;

namespace OpenCityAomori.UnitTests.Security;

/// <summary>Reflection over the assemblies of every module the host loads.</summary>
internal static class ModuleTypes
{
    public static IReadOnlyList<Assembly> Assemblies { get; } =
        ModuleCatalog.All.Select(m => m.GetType().Assembly).Distinct().ToList();

    public static IReadOnlyList<Type> All { get; } = Assemblies.SelectMany(a => a.GetTypes()).ToList();

    public static IReadOnlyList<IPermissionProvider> PermissionProviders { get; } = Create<IPermissionProvider>();

    public static IReadOnlyList<IAdminMenuProvider> MenuProviders { get; } = Create<IAdminMenuProvider>();

    public static IReadOnlySet<string> DeclaredPermissionNames { get; } =
        PermissionProviders.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<Type> Controllers { get; } = All
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ControllerBase).IsAssignableFrom(t))
        .ToList();

    /// <summary>Public instance methods declared by the controller that MVC treats as actions.</summary>
    public static IEnumerable<MethodInfo> ActionsOf(Type controller) => controller
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null);

    /// <summary>The permission names an AuthorizePermission attribute on the member requires.</summary>
    public static IEnumerable<string> RequiredPermissions(MemberInfo member) => member
        .GetCustomAttributes<AuthorizePermissionAttribute>(inherit: true)
        .Select(a => a.Policy!)
        .Select(p => p.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal)
            ? p[Permission.PolicyPrefix.Length..]
            : throw new InvalidOperationException($"{member.Name}: policy '{p}' lacks the '{Permission.PolicyPrefix}' prefix."));

    /// <summary>Every permission an action needs: those on the controller and those on the action itself.</summary>
    public static IReadOnlySet<string> RequiredPermissions(Type controller, MethodInfo action) =>
        RequiredPermissions(controller).Concat(RequiredPermissions(action)).ToHashSet(StringComparer.Ordinal);

    public static string? RouteOf(Type controller) => controller.GetCustomAttribute<RouteAttribute>()?.Template;

    public static string Describe(Type controller, MethodInfo? action = null) =>
        $"{controller.Assembly.GetName().Name}: {controller.Name}{(action is null ? string.Empty : "." + action.Name)}";

    private static List<T> Create<T>() => All
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))
        .Select(t => (T)Activator.CreateInstance(t, nonPublic: true)!)
        .ToList();
}

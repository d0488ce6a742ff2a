using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace OpenCityAomori.Web.Hosting;

/// <summary>
/// Modules keep their types internal; MVC only discovers public controllers, so this also accepts
/// internal controllers declared in module assemblies.
/// </summary>
internal sealed class ModuleControllerFeatureProvider(IReadOnlySet<Assembly> moduleAssemblies) : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        base.IsController(typeInfo)
        || (moduleAssemblies.Contains(typeInfo.Assembly)
            && typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
            && typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal)
            && typeof(ControllerBase).IsAssignableFrom(typeInfo));
}

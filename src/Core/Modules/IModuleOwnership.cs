using System.Reflection;

namespace OpenCityAomori.Core.Modules;

/// <summary>Which module an assembly belongs to, named by its manifest id: how code names its own module.</summary>
public interface IModuleOwnership
{
    /// <summary>The <see cref="ModuleManifest.Id"/> of the module that owns <paramref name="assembly"/>; null for the host or a library.</summary>
    string? ModuleIdOf(Assembly assembly);
}

using System.Reflection;

namespace OpenCityAomori.Core.Modules;

/// <summary>Which modules are enabled; the administrator's choice is stored in the database.</summary>
public interface IFeatureManager : IModuleOwnership
{
    IReadOnlyList<FeatureState> GetFeatures();

    bool IsEnabled(string moduleId);

    /// <summary>True when the module that owns <paramref name="assembly"/> is enabled (or the assembly belongs to no module).</summary>
    bool IsEnabled(Assembly assembly);

    /// <summary>Enables the module and, first, what it depends on. Returns every module that changed.</summary>
    Task<IReadOnlyList<string>> EnableAsync(string moduleId, CancellationToken cancellationToken = default);

    /// <summary>Disables the module and every module that depends on it. Returns every module that changed.</summary>
    Task<IReadOnlyList<string>> DisableAsync(string moduleId, CancellationToken cancellationToken = default);
}

public sealed record FeatureState(ModuleManifest Manifest, bool Enabled, IReadOnlyList<string> Dependants);

/// <summary>Thrown when a change would disable a module that must always stay on.</summary>
public sealed class FeatureLockedException(IReadOnlyList<string> moduleIds)
    : InvalidOperationException("These modules cannot be disabled: " + string.Join(", ", moduleIds))
{
    public IReadOnlyList<string> ModuleIds { get; } = moduleIds;
}

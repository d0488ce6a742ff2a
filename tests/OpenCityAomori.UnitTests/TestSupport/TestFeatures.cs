using System.Reflection;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.UnitTests.TestSupport;

/// <summary>Every module enabled unless a test disables its assembly; a module's id is its assembly name.</summary>
internal sealed class TestFeatures : IFeatureManager
{
    private readonly HashSet<Assembly> disabled = [];

    public void Disable(Assembly assembly)
    {
        lock (disabled)
        {
            disabled.Add(assembly);
        }
    }

    public void Enable(Assembly assembly)
    {
        lock (disabled)
        {
            disabled.Remove(assembly);
        }
    }

    public IReadOnlyList<FeatureState> GetFeatures() => [];

    public bool IsEnabled(string moduleId) => throw new NotSupportedException("Modules are identified by assembly.");

    public bool IsEnabled(Assembly assembly)
    {
        lock (disabled)
        {
            return !disabled.Contains(assembly);
        }
    }

    public string? ModuleIdOf(Assembly assembly) => assembly.GetName().Name;

    public Task<IReadOnlyList<string>> EnableAsync(string moduleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> DisableAsync(string moduleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

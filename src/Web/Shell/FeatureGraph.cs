using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Web.Shell;

/// <summary>The dependency graph between modules: what enabling or disabling one drags along.</summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<string, ModuleManifest> _manifests;

    public FeatureGraph(IEnumerable<ModuleManifest> manifests)
    {
        _manifests = manifests.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var manifest in _manifests.Values)
        {
            foreach (var dependency in manifest.Dependencies.Where(d => !_manifests.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Module '{manifest.Id}' depends on unknown module '{dependency}'.");
            }

            if (DependenciesOf(manifest.Id).Contains(manifest.Id))
            {
                throw new InvalidOperationException($"Module '{manifest.Id}' depends on itself through a cycle.");
            }
        }
    }

    public IReadOnlyCollection<ModuleManifest> Manifests => _manifests.Values;

    public ModuleManifest Get(string moduleId) =>
        _manifests.TryGetValue(moduleId, out var manifest)
            ? manifest
            : throw new KeyNotFoundException($"Unknown module '{moduleId}'.");

    /// <summary>Every module <paramref name="moduleId"/> needs, directly or not.</summary>
    public IReadOnlySet<string> DependenciesOf(string moduleId) =>
        Closure(moduleId, id => _manifests[id].Dependencies);

    /// <summary>Every module that needs <paramref name="moduleId"/>, directly or not.</summary>
    public IReadOnlySet<string> DependantsOf(string moduleId) =>
        Closure(moduleId, id => _manifests.Values.Where(m => m.Dependencies.Contains(id)).Select(m => m.Id));

    /// <summary>Turns off every module whose dependencies are not all on.</summary>
    public Dictionary<string, bool> Repair(IReadOnlyDictionary<string, bool> states)
    {
        var result = _manifests.Keys.ToDictionary(id => id, id => _manifests[id].AlwaysEnabled || states.GetValueOrDefault(id, true));
        bool changed;
        do
        {
            changed = false;
            foreach (var id in result.Keys.Where(id => result[id]).ToList())
            {
                if (_manifests[id].Dependencies.Any(d => !result[d]))
                {
                    result[id] = false;
                    changed = true;
                }
            }
        }
        while (changed);

        return result;
    }

    private static HashSet<string> Closure(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(next(start));
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (seen.Add(id) && id != start)
            {
                foreach (var n in next(id))
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }
}

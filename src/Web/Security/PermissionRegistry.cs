using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Web.Security;

/// <summary>Collects the permissions of every module; hides those of disabled modules.</summary>
internal sealed class PermissionRegistry(IEnumerable<IPermissionProvider> providers, IFeatureManager features) : IPermissionRegistry
{
    private readonly IReadOnlyList<(string ModuleId, Permission[] Permissions)> _all = providers
        .Select(p => (features.ModuleIdOf(p.GetType().Assembly) ?? "Host", p.GetPermissions().ToArray()))
        .ToList();

    public IReadOnlyList<ModulePermissions> GetEnabledPermissions()
    {
        var manifests = ModuleCatalog.All.ToDictionary(m => m.Manifest.Id, m => m.Manifest);
        return _all
            .Where(x => features.IsEnabled(x.ModuleId))
            .GroupBy(x => x.ModuleId)
            .Select(g => new ModulePermissions(
                g.Key,
                manifests.TryGetValue(g.Key, out var m) ? m.Name.Current : g.Key,
                g.SelectMany(x => x.Permissions).ToList()))
            .ToList();
    }

    public Permission? Find(string name)
    {
        foreach (var (moduleId, permissions) in _all)
        {
            var permission = Array.Find(permissions, p => p.Name == name);
            if (permission is not null)
            {
                return features.IsEnabled(moduleId) ? permission : null;
            }
        }

        return null;
    }
}

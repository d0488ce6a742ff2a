using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>The activities modules contribute, by name; those of a disabled module are not offered and do not run.</summary>
internal sealed class ActivityCatalog(IEnumerable<IWorkflowActivity> activities, IFeatureManager features)
{
    private readonly Dictionary<string, IWorkflowActivity> byName = activities
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The activities whose module is enabled now.</summary>
    public IEnumerable<IWorkflowActivity> Enabled => byName.Values.Where(IsEnabled);

    public IWorkflowActivity? Find(string name) => byName.GetValueOrDefault(name);

    public bool IsEnabled(IWorkflowActivity activity) => features.IsEnabled(activity.GetType().Assembly);

    /// <summary>The id of the module that contributes the activity, for messages.</summary>
    public string ModuleOf(IWorkflowActivity activity) => features.ModuleIdOf(activity.GetType().Assembly) ?? activity.GetType().Assembly.GetName().Name ?? "?";
}

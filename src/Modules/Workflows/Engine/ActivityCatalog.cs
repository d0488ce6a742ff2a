using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>The activities modules contribute, by name.</summary>
internal sealed class ActivityCatalog(IEnumerable<IWorkflowActivity> activities)
{
    private readonly Dictionary<string, IWorkflowActivity> byName = activities
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IReadOnlyCollection<IWorkflowActivity> All => byName.Values;

    public IWorkflowActivity? Find(string name) => byName.GetValueOrDefault(name);
}

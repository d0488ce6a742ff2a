using OpenCityAomori.Web;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.UnitTests.Shell;

/// <summary>The real modules' manifests form a valid graph with the dependencies the product relies on.</summary>
public class ModuleCatalogTests
{
    private static readonly FeatureGraph RealGraph = new(ModuleCatalog.All.Select(m => m.Manifest));

    [Fact]
    public void Module_ids_are_unique()
    {
        var ids = ModuleCatalog.All.Select(m => m.Manifest.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Disabling_contents_also_disables_the_portal_that_depends_on_it()
    {
        Assert.Contains("Portal", RealGraph.DependantsOf("Contents"));
        Assert.Contains("Contents", RealGraph.DependenciesOf("Portal"));
    }

    [Fact]
    public void Every_dependency_of_an_always_enabled_module_is_always_enabled_too()
    {
        // Otherwise Repair() could turn an always-enabled module off when its dependency is stored as off.
        var offenders = RealGraph.Manifests
            .Where(m => m.AlwaysEnabled)
            .SelectMany(m => RealGraph.DependenciesOf(m.Id).Select(d => (Module: m.Id, Dependency: RealGraph.Get(d))))
            .Where(x => !x.Dependency.AlwaysEnabled)
            .Select(x => $"{x.Module} -> {x.Dependency.Id}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_admin_users_and_audit_trail_modules_cannot_be_turned_off()
    {
        var states = RealGraph.Repair(RealGraph.Manifests.ToDictionary(m => m.Id, _ => false));

        Assert.True(states["Admin"]);
        Assert.True(states["Users"]);
        Assert.True(states["AuditTrail"]);
        Assert.False(states["Contents"]);
        Assert.False(states["Portal"]);
    }
}

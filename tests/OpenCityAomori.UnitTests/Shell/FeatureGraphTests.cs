using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.UnitTests.Shell;

public class FeatureGraphTests
{
    [Fact]
    public void Dependencies_include_indirect_dependencies_but_not_the_module_itself()
    {
        var graph = Graph(Module("Portal", "Contents"), Module("Contents", "Core"), Module("Core"), Module("Unrelated"));

        Assert.Equal(["Contents", "Core"], graph.DependenciesOf("Portal").Order(StringComparer.Ordinal));
        Assert.Empty(graph.DependenciesOf("Core"));
    }

    [Fact]
    public void Dependants_include_modules_that_depend_on_it_indirectly()
    {
        var graph = Graph(Module("Core"), Module("Contents", "Core"), Module("Portal", "Contents"), Module("Unrelated"));

        Assert.Equal(["Contents", "Portal"], graph.DependantsOf("Core").Order(StringComparer.Ordinal));
        Assert.Empty(graph.DependantsOf("Portal"));
    }

    [Fact]
    public void A_diamond_of_dependencies_lists_each_module_once()
    {
        var graph = Graph(Module("Base"), Module("Left", "Base"), Module("Right", "Base"), Module("Top", "Left", "Right"));

        Assert.Equal(["Base", "Left", "Right"], graph.DependenciesOf("Top").Order(StringComparer.Ordinal));
        Assert.Equal(["Left", "Right", "Top"], graph.DependantsOf("Base").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_dependency_on_an_unknown_module_is_rejected()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Graph(Module("Portal", "Missing")));

        Assert.Contains("Portal", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_depending_on_itself_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => Graph(Module("Loop", "Loop")));
    }

    [Fact]
    public void A_dependency_cycle_through_several_modules_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => Graph(Module("A", "B"), Module("B", "C"), Module("C", "A"), Module("D")));
    }

    [Fact]
    public void Getting_an_unknown_module_throws()
    {
        var graph = Graph(Module("Core"));

        Assert.Throws<KeyNotFoundException>(() => graph.Get("Nope"));
        Assert.Equal("Core", graph.Get("Core").Id);
    }

    [Fact]
    public void Repair_turns_off_modules_whose_dependency_is_off_transitively()
    {
        // Dependants come first so one pass over the modules is not enough.
        var graph = Graph(Module("Portal", "Contents"), Module("Contents", "Core"), Module("Core"), Module("Unrelated"));

        var states = graph.Repair(new Dictionary<string, bool> { ["Core"] = false });

        Assert.False(states["Core"]);
        Assert.False(states["Contents"]);
        Assert.False(states["Portal"]);
        Assert.True(states["Unrelated"]);
    }

    [Fact]
    public void Repair_keeps_modules_on_when_their_dependencies_are_on()
    {
        var graph = Graph(Module("Core"), Module("Contents", "Core"), Module("Portal", "Contents"));

        var states = graph.Repair(new Dictionary<string, bool> { ["Portal"] = false });

        Assert.True(states["Core"]);
        Assert.True(states["Contents"]);
        Assert.False(states["Portal"]);
    }

    [Fact]
    public void Repair_treats_modules_without_a_stored_state_as_enabled()
    {
        var graph = Graph(Module("Core"), Module("Contents", "Core"));

        var states = graph.Repair(new Dictionary<string, bool>());

        Assert.Equal(2, states.Count);
        Assert.All(states.Values, Assert.True);
    }

    [Fact]
    public void Always_enabled_modules_stay_on_even_when_stored_as_off()
    {
        var graph = Graph(Module("Users", always: true), Module("Admin", always: true, "Users"), Module("Contents"));

        var states = graph.Repair(new Dictionary<string, bool> { ["Users"] = false, ["Admin"] = false, ["Contents"] = false });

        Assert.True(states["Users"]);
        Assert.True(states["Admin"]);
        Assert.False(states["Contents"]);
    }

    [Fact]
    public void Modules_depending_on_an_always_enabled_module_stay_on_when_it_is_stored_as_off()
    {
        var graph = Graph(Module("Users", always: true), Module("Contents", "Users"));

        var states = graph.Repair(new Dictionary<string, bool> { ["Users"] = false });

        Assert.True(states["Contents"]);
    }

    private static FeatureGraph Graph(params ModuleManifest[] manifests) => new(manifests);

    private static ModuleManifest Module(string id, params string[] dependencies) => Module(id, false, dependencies);

    private static ModuleManifest Module(string id, bool always, params string[] dependencies) =>
        new(id, new LocalizedText(id, id), new LocalizedText(string.Empty, string.Empty), "Test", dependencies, always);
}

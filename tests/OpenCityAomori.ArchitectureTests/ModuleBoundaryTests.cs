using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.ArchitectureTests;

/// <summary>
/// Modules talk to each other only through contracts in OpenCityAomori.Core; the host (Web) wires
/// them together. These rules keep any module removable without breaking another.
/// </summary>
public class ModuleBoundaryTests
{
    private const string WebNamespace = "OpenCityAomori.Web";

    /// <summary>Every module and theme assembly the host references, discovered rather than listed.</summary>
    private static readonly IReadOnlyList<Assembly> ModuleAssemblies = Assembly.Load("OpenCityAomori.Web")
        .GetReferencedAssemblies()
        .Where(n => IsModuleName(n.Name))
        .Select(Assembly.Load)
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Modules
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var assembly in ModuleAssemblies)
            {
                data.Add(assembly.GetName().Name!);
            }

            return data;
        }
    }

    [Fact]
    public void Every_module_and_theme_is_discovered()
    {
        var names = ModuleAssemblies.Select(a => a.GetName().Name).ToList();

        Assert.Contains("OpenCityAomori.Modules.Users", names);
        Assert.Contains("OpenCityAomori.Modules.Admin", names);
        Assert.Contains("OpenCityAomori.Modules.AuditTrail", names);
        Assert.Contains("OpenCityAomori.Modules.Contents", names);
        Assert.Contains("OpenCityAomori.Modules.Portal", names);
        Assert.Contains("OpenCityAomori.Themes.AomoriTheme", names);
        Assert.Contains("OpenCityAomori.Themes.AdminTheme", names);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_depends_on_no_other_module_and_not_on_the_host(string module)
    {
        var forbidden = ModuleAssemblies
            .Select(a => a.GetName().Name!)
            .Where(n => n != module)
            .Append(WebNamespace)
            .ToArray();

        var result = Types.InAssembly(Load(module)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{module} depends on another module or the host: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(Load(module).GetReferencedAssemblies(), r => r.Name != module && (IsModuleName(r.Name) || r.Name == WebNamespace));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_is_built_on_the_core_contracts(string module)
    {
        // Guards the rule above against passing vacuously: the dependency search does see Core.
        var result = Types.InAssembly(Load(module)).That().Inherit(typeof(ModuleBase)).Should().HaveDependencyOn("OpenCityAomori.Core").GetResult();

        Assert.True(result.IsSuccessful);
        Assert.Single(Load(module).GetTypes(), t => t.IsSubclassOf(typeof(ModuleBase)));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Only_the_module_class_is_public(string module)
    {
        var publicTypes = Load(module).GetTypes()
            .Where(t => t.IsPublic && !IsGenerated(t))
            .ToList();

        var moduleClass = Assert.Single(publicTypes, t => t.IsSubclassOf(typeof(ModuleBase)));
        var others = publicTypes.Where(t => t != moduleClass).Select(t => t.FullName).ToList();
        Assert.True(others.Count == 0, $"{module} exposes public types besides {moduleClass.Name}: {string.Join(", ", others)}");
    }

    [Fact]
    public void The_dependency_rule_detects_a_violation_when_one_exists()
    {
        // The host wires the modules together, so it must fail the rule the modules pass.
        var forbidden = ModuleAssemblies.Select(a => a.GetName().Name!).ToArray();

        var result = Types.InAssembly(Assembly.Load("OpenCityAomori.Web")).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains("OpenCityAomori.Web.ModuleCatalog", result.FailingTypeNames);
    }

    [Fact]
    public void Core_references_no_module_and_not_the_host()
    {
        var core = typeof(ModuleBase).Assembly;
        var forbidden = ModuleAssemblies.Select(a => a.GetName().Name!).Append(WebNamespace).ToArray();

        var result = Types.InAssembly(core).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.Equal("OpenCityAomori.Core", core.GetName().Name);
        Assert.True(result.IsSuccessful, $"Core depends on: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(core.GetReferencedAssemblies(), r => IsModuleName(r.Name) || r.Name == WebNamespace);
    }

    private static Assembly Load(string name) => ModuleAssemblies.Single(a => a.GetName().Name == name);

    private static bool IsModuleName(string? name) =>
        name is not null
        && (name.StartsWith("OpenCityAomori.Modules.", StringComparison.Ordinal) || name.StartsWith("OpenCityAomori.Themes.", StringComparison.Ordinal));

    private static bool IsGenerated(Type type) =>
        type.Name.StartsWith('<')
        || type.Namespace == "AspNetCoreGeneratedDocument"
        || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
}

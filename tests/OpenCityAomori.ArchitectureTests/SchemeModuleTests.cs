using System.Reflection;
using NetArchTest.Rules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.ArchitectureTests;

/// <summary>
/// A collaboration scheme is one module: it registers its scheme, ships its default flow and reports its figures through
/// Core, and the host names it only in the module catalogue — so a third scheme touches no other module.
/// </summary>
public sealed class SchemeModuleTests
{
    private static readonly IReadOnlyList<Assembly> SchemeAssemblies = Assembly.Load("OpenCityAomori.Web")
        .GetReferencedAssemblies()
        .Where(n => n.Name?.StartsWith("OpenCityAomori.Modules.", StringComparison.Ordinal) == true)
        .Select(Assembly.Load)
        .Where(a => Implementations<IProposalScheme>(a).Any())
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> SchemeModules => new(SchemeAssemblies.Select(a => a.GetName().Name!));

    [Fact]
    public void The_two_schemes_of_the_seed_are_modules_of_their_own()
    {
        Assert.Equal(["OpenCityAomori.Modules.Partnership", "OpenCityAomori.Modules.PilotSupport"], SchemeAssemblies.Select(a => a.GetName().Name));
    }

    [Theory]
    [MemberData(nameof(SchemeModules))]
    public void A_scheme_module_ships_the_flow_that_starts_on_its_scheme_and_reports_its_figures(string module)
    {
        var assembly = Load(module);
        var scheme = (IProposalScheme)Activator.CreateInstance(Assert.Single(Implementations<IProposalScheme>(assembly)), nonPublic: true)!;
        var flows = (IWorkflowTemplateProvider)Activator.CreateInstance(Assert.Single(Implementations<IWorkflowTemplateProvider>(assembly)), nonPublic: true)!;

        var flow = Assert.Single(flows.Templates);
        Assert.Contains($"<oca:property name=\"match.scheme\">{scheme.Descriptor.Id}</oca:property>", flow.Xml, StringComparison.Ordinal);
        Assert.Single(Implementations<ISchemeReport>(assembly));
    }

    [Theory]
    [MemberData(nameof(SchemeModules))]
    public void Only_the_module_catalogue_names_a_scheme_module(string module)
    {
        var web = Types.InAssembly(Assembly.Load("OpenCityAomori.Web")).That().HaveDependencyOn(module).GetTypes().Select(t => t.FullName).ToList();

        Assert.Equal(["OpenCityAomori.Web.ModuleCatalog"], web);
        var others = Assembly.Load("OpenCityAomori.Web").GetReferencedAssemblies()
            .Where(n => n.Name?.StartsWith("OpenCityAomori.", StringComparison.Ordinal) == true && n.Name != module && n.Name != "OpenCityAomori.Core");
        Assert.All(others, other => Assert.DoesNotContain(Assembly.Load(other).GetReferencedAssemblies(), r => r.Name == module));
    }

    private static Assembly Load(string name) => SchemeAssemblies.Single(a => a.GetName().Name == name);

    private static IEnumerable<Type> Implementations<T>(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t));
}

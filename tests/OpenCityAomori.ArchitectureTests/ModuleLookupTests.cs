using Mono.Cecil;
using Mono.Cecil.Cil;

namespace OpenCityAomori.ArchitectureTests;

/// <summary>
/// A module reaches another module's optional services through IModuleCapability&lt;T&gt; only: never by an
/// optional service lookup (GetService) nor by asking whether a module id string is enabled.
/// The IL of every method (lambdas and async state machines included) is scanned for such calls.
/// </summary>
public class ModuleLookupTests
{
    [Theory]
    [MemberData(nameof(ModuleBoundaryTests.Modules), MemberType = typeof(ModuleBoundaryTests))]
    public void A_module_makes_no_optional_service_lookup_and_asks_for_no_module_by_name(string module)
    {
        var offenders = ForbiddenCalls(System.Reflection.Assembly.Load(module).Location)
            .Select(call => $"{call.Type}.{call.Method} calls {call.Callee}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_lookup_rule_detects_a_violation_when_one_exists()
    {
        var calls = ForbiddenCalls(typeof(ModuleLookupTests).Assembly.Location).Select(c => c.Method).ToList();

        Assert.Contains(nameof(Violations.OptionalLookup), calls);
        Assert.Contains(nameof(Violations.ModuleByName), calls);
        Assert.DoesNotContain(nameof(Violations.RequiredLookup), calls);
    }

    private static IEnumerable<(string Type, string Method, string Callee)> ForbiddenCalls(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.FlowControl == FlowControl.Call && instruction.Operand is MethodReference callee && IsForbidden(callee))
                    {
                        yield return (OuterMost(type).FullName, method.Name, callee.DeclaringType.Name + "." + callee.Name);
                    }
                }
            }
        }
    }

    private static bool IsForbidden(MethodReference callee) => (callee.DeclaringType.FullName, callee.Name) switch
    {
        ("System.IServiceProvider", "GetService") => true,
        ("Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions", "GetService") => true,
        ("OpenCityAomori.Core.Modules.IFeatureManager", "IsEnabled") => callee.Parameters[0].ParameterType.FullName == "System.String",
        _ => false,
    };

    // Lambdas and async methods compile to nested types; the offender is the type the code was written in.
    private static TypeDefinition OuterMost(TypeDefinition type) => type.DeclaringType is { } outer ? OuterMost(outer) : type;

    private static class Violations
    {
        public static object? OptionalLookup(IServiceProvider services) => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetService<IDisposable>(services);

        public static bool ModuleByName(OpenCityAomori.Core.Modules.IFeatureManager features) => features.IsEnabled("Workflows");

        public static object RequiredLookup(IServiceProvider services) => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IDisposable>(services);
    }
}

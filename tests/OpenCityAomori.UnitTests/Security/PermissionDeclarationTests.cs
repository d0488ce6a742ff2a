using OpenCityAomori.Core.Security;

namespace OpenCityAomori.UnitTests.Security;

public class PermissionDeclarationTests
{
    [Fact]
    public void Every_module_with_admin_screens_declares_permissions()
    {
        var modulesWithProviders = ModuleTypes.PermissionProviders.Select(p => p.GetType().Assembly.GetName().Name).ToHashSet();

        Assert.Contains("OpenCityAomori.Modules.Users", modulesWithProviders);
        Assert.Contains("OpenCityAomori.Modules.Admin", modulesWithProviders);
        Assert.Contains("OpenCityAomori.Modules.AuditTrail", modulesWithProviders);
        Assert.Contains("OpenCityAomori.Modules.Contents", modulesWithProviders);
    }

    [Fact]
    public void Permission_names_are_unique_across_modules()
    {
        var duplicates = ModuleTypes.PermissionProviders
            .SelectMany(p => p.GetPermissions().Select(x => (x.Name, Provider: p.GetType().FullName)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Provider))}")
            .ToList();

        Assert.NotEmpty(ModuleTypes.DeclaredPermissionNames);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Permission_names_are_non_empty_identifiers_with_descriptions_in_both_languages()
    {
        var permissions = ModuleTypes.PermissionProviders.SelectMany(p => p.GetPermissions()).ToList();

        Assert.All(permissions, p =>
        {
            Assert.Matches("^[A-Za-z][A-Za-z0-9]*$", p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Description.Ja), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Description.En), p.Name);
        });
    }

    [Fact]
    public void Default_grants_name_only_built_in_roles()
    {
        var grants = ModuleTypes.PermissionProviders.SelectMany(p => p.GetDefaultGrants().Select(g => (g.RoleName, Provider: p.GetType().FullName))).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, g => Assert.True(RoleNames.BuiltIn.ContainsKey(g.RoleName), $"{g.Provider} grants to unknown role '{g.RoleName}'"));
    }

    [Fact]
    public void Default_grants_only_grant_permissions_the_same_module_declares()
    {
        Assert.All(ModuleTypes.PermissionProviders, provider =>
        {
            var own = provider.GetPermissions().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var granted = provider.GetDefaultGrants().SelectMany(g => g.Permissions).Select(p => p.Name);
            Assert.All(granted, name => Assert.True(own.Contains(name), $"{provider.GetType().FullName} grants undeclared '{name}'"));
        });
    }

    [Fact]
    public void Administrators_are_granted_every_declared_permission_by_default()
    {
        var adminGrants = ModuleTypes.PermissionProviders
            .SelectMany(p => p.GetDefaultGrants())
            .Where(g => g.RoleName == RoleNames.Administrator)
            .SelectMany(g => g.Permissions)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(ModuleTypes.DeclaredPermissionNames.Except(adminGrants));
    }

    [Fact]
    public void Security_critical_permissions_are_granted_by_default_only_to_administrators()
    {
        var offenders = ModuleTypes.PermissionProviders
            .SelectMany(p => p.GetDefaultGrants())
            .Where(g => g.RoleName != RoleNames.Administrator)
            .SelectMany(g => g.Permissions.Where(p => p.IsSecurityCritical).Select(p => $"{g.RoleName}: {p.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }
}

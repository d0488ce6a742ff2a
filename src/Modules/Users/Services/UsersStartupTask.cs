using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>
/// Creates the built-in roles, grants each module's default permissions once (a grant an
/// administrator later revokes stays revoked), and creates the first administrator from
/// OCA_ADMIN_EMAIL / OCA_ADMIN_PASSWORD when they are set and no administrator exists.
/// </summary>
internal sealed class UsersStartupTask(
    RoleManager<AppRole> roles,
    UsersDbContext db,
    IEnumerable<IPermissionProvider> providers,
    AdministratorAccounts administrators,
    IMemoryCache cache,
    IConfiguration configuration,
    ILogger<UsersStartupTask> logger) : IStartupTask
{
    public int Order => 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, description) in RoleNames.BuiltIn)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                await roles.CreateAsync(new AppRole(name) { DescriptionJa = description.Ja, DescriptionEn = description.En });
            }
        }

        var applied = (await db.AppliedDefaultGrants.AsNoTracking().ToListAsync(cancellationToken))
            .Select(g => (g.RoleName, g.Permission)).ToHashSet();
        foreach (var grant in providers.SelectMany(p => p.GetDefaultGrants()))
        {
            var role = await roles.FindByNameAsync(grant.RoleName);
            foreach (var permission in grant.Permissions.Where(p => role is not null && !applied.Contains((grant.RoleName, p.Name))))
            {
                db.RoleClaims.Add(new AppRoleClaim { RoleId = role!.Id, ClaimType = OcaClaimTypes.Permission, ClaimValue = permission.Name });
                db.AppliedDefaultGrants.Add(new AppliedDefaultGrant { RoleName = grant.RoleName, Permission = permission.Name });
                applied.Add((grant.RoleName, permission.Name));
            }

            RolePermissionStore.Evict(cache, grant.RoleName);
        }

        await db.SaveChangesAsync(cancellationToken);
        await CreateAdministratorFromEnvironmentAsync();
    }

    private async Task CreateAdministratorFromEnvironmentAsync()
    {
        var email = configuration["OCA_ADMIN_EMAIL"];
        var password = configuration["OCA_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await administrators.AnyAdministratorAsync())
        {
            return;
        }

        var result = await administrators.CreateAsync(email.Trim(), configuration["OCA_ADMIN_NAME"] ?? "Administrator", password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("OCA_ADMIN_EMAIL/OCA_ADMIN_PASSWORD could not create the administrator: "
                + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Created the first administrator {Email} from the environment", email);
    }
}

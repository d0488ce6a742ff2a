using Microsoft.AspNetCore.Identity;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>Creates the first administrator, from the setup page or from environment variables.</summary>
internal sealed class AdministratorAccounts(UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<bool> AnyAdministratorAsync() =>
        (await users.GetUsersInRoleAsync(RoleNames.Administrator)).Count > 0;

    public async Task<IdentityResult> CreateAsync(string email, string displayName, string password)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var added = await users.AddToRoleAsync(user, RoleNames.Administrator);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
        }

        return added;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>Puts the display name and department into the sign-in cookie for department scoping.</summary>
internal sealed class OcaUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OcaClaimTypes.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(OcaClaimTypes.Department, department.ToString()));
        }

        return identity;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>
/// Permissions held by roles, read from role claims. Cached briefly: a change made on this node
/// evicts at once, other nodes see it within the cache lifetime.
/// </summary>
internal sealed class RolePermissionStore(UsersDbContext db, IMemoryCache cache) : IRolePermissionStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static void Evict(IMemoryCache cache, string roleName) => cache.Remove(Key(roleName));

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleNames)
        {
            var permissions = await cache.GetOrCreateAsync(Key(role), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                var normalized = role.ToUpperInvariant();
                return await db.RoleClaims.AsNoTracking()
                    .Where(c => c.ClaimType == OcaClaimTypes.Permission
                        && db.Roles.Any(r => r.Id == c.RoleId && r.NormalizedName == normalized))
                    .Select(c => c.ClaimValue!)
                    .ToListAsync(cancellationToken);
            });
            result.UnionWith(permissions ?? []);
        }

        return result;
    }

    private static string Key(string roleName) => "role-permissions:" + roleName.ToUpperInvariant();
}

using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;

namespace OpenCityAomori.Modules.Users.Services;

/// <summary>
/// Read-only view of staff for other modules, straight over the Identity tables: one query for the
/// matching users, one for their roles, one for the departments (few rows), never one per user.
/// </summary>
internal sealed class UserDirectory(UsersDbContext db) : IUserDirectory
{
    public async Task<DirectoryUser?> FindUserAsync(string idOrUserName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(idOrUserName))
        {
            return null;
        }

        var key = idOrUserName.Trim();
        var normalized = key.ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == key || u.NormalizedUserName == normalized)
            .OrderBy(u => u.Id == key ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        return (await MapAsync([user], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<DirectoryUser>> FindUsersAsync(
        IReadOnlyCollection<string>? roles,
        IReadOnlyCollection<string>? departmentCodes,
        CancellationToken cancellationToken = default)
    {
        var roleNames = Normalize(roles).Select(r => r.ToUpperInvariant()).ToList();
        var codes = Normalize(departmentCodes);
        if (roleNames.Count == 0 && codes.Count == 0)
        {
            return [];
        }

        var roleIds = roleNames.Count == 0
            ? []
            : await db.Roles.AsNoTracking().Where(r => roleNames.Contains(r.NormalizedName!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var departmentIds = codes.Count == 0
            ? []
            : await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => (Guid?)d.Id).ToListAsync(cancellationToken);
        if (roleIds.Count == 0 && departmentIds.Count == 0)
        {
            return [];
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .Where(u => departmentIds.Contains(u.DepartmentId)
                || db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        return await MapAsync(users, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DirectoryDepartment>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking()
            .OrderBy(d => d.Code)
            .Select(d => new DirectoryDepartment(d.Id, d.Code, new(d.NameJa, d.NameEn), d.IsActive))
            .ToListAsync(cancellationToken);

    private static List<string> Normalize(IReadOnlyCollection<string>? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private async Task<List<DirectoryUser>> MapAsync(IReadOnlyList<AppUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roleRows = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roleRows.ToLookup(r => r.UserId, r => r.Name!);
        var departmentIds = users.Where(u => u.DepartmentId.HasValue).Select(u => u.DepartmentId!.Value).Distinct().ToList();
        var codes = departmentIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return users.Select(u => new DirectoryUser(
            u.Id,
            u.UserName ?? u.Email ?? u.Id,
            string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName,
            u.Email,
            u.DepartmentId is { } d && codes.TryGetValue(d, out var code) ? code : null,
            rolesByUser[u.Id].Order(StringComparer.Ordinal).ToList(),
            u.IsDisabled)).ToList();
    }
}

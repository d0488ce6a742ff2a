using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Directory;

/// <summary>A staff account as other modules may see it (no credentials).</summary>
public sealed record DirectoryUser(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? DepartmentCode,
    IReadOnlyList<string> Roles,
    bool IsDisabled);

/// <summary>A division of the city (事業担当課). <see cref="Code"/> is stable across installations.</summary>
public sealed record DirectoryDepartment(Guid Id, string Code, LocalizedText Name, bool IsActive);

/// <summary>Read-only look-up of staff, roles and departments. Implemented by the Users module.</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindUserAsync(string idOrUserName, CancellationToken cancellationToken = default);

    /// <summary>Enabled users holding any of <paramref name="roles"/> or in any of <paramref name="departmentCodes"/>.</summary>
    Task<IReadOnlyList<DirectoryUser>> FindUsersAsync(
        IReadOnlyCollection<string>? roles,
        IReadOnlyCollection<string>? departmentCodes,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DirectoryDepartment>> DepartmentsAsync(CancellationToken cancellationToken = default);
}

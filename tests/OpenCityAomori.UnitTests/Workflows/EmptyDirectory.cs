using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>A directory with the built-in roles and no users or departments.</summary>
internal sealed class EmptyDirectory : IUserDirectory
{
    public Task<DirectoryUser?> FindUserAsync(string idOrUserName, CancellationToken cancellationToken = default) => Task.FromResult<DirectoryUser?>(null);

    public Task<IReadOnlyList<DirectoryUser>> FindUsersAsync(IReadOnlyCollection<string>? roles, IReadOnlyCollection<string>? departmentCodes, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>([]);

    public Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([.. RoleNames.BuiltIn.Keys]);

    public Task<IReadOnlyList<DirectoryDepartment>> DepartmentsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<DirectoryDepartment>>([]);
}

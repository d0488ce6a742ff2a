namespace OpenCityAomori.Modules.Users.Models;

internal sealed class UserForm
{
    public string? Id { get; set; }

    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public Guid? DepartmentId { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsDisabled { get; set; }

    /// <summary>Only when creating: the initial password.</summary>
    public string? Password { get; set; }
}

internal sealed record UserListItem(string Id, string Email, string DisplayName, string? Department, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut);

internal sealed record UserListPage(IReadOnlyList<UserListItem> Users, string? Query, Guid? DepartmentId, int Page, int TotalPages, IReadOnlyList<Department> Departments);

internal sealed record UserEditPage(UserForm Form, IReadOnlyList<Department> Departments, IReadOnlyList<AppRole> AllRoles, bool IsNew);

internal sealed class ResetPasswordForm
{
    public string NewPassword { get; set; } = string.Empty;
}

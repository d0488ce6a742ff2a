using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Users.Models;

internal sealed record RoleListItem(string Name, string Description, int UserCount, bool IsBuiltIn);

internal sealed class RoleForm
{
    public string Name { get; set; } = string.Empty;

    public string DescriptionJa { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public List<string> Permissions { get; set; } = [];
}

internal sealed record RoleEditPage(RoleForm Form, IReadOnlyList<ModulePermissions> Available, bool IsNew, bool IsAdministrator);

internal sealed class DepartmentForm
{
    public Guid? Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string NameJa { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;
}

internal sealed record DepartmentListItem(Department Department, int UserCount);

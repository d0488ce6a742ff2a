using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// The name a challenge's department goes by now: the directory's, in the item's language, by the stored code;
/// the name stored with the item when it has no code or the directory no longer knows it. One directory read per request.
/// </summary>
internal sealed class DepartmentNames(IUserDirectory directory)
{
    public const string CodeField = "departmentCode";
    public const string NameField = "department";

    private IReadOnlyList<DirectoryDepartment>? _departments;

    public Task<string?> NameAsync(ContentItemView item, CancellationToken cancellationToken = default) =>
        NameAsync(item, CodeField, NameField, cancellationToken);

    /// <summary>The same for any Department field and the Text field that keeps its name.</summary>
    public async Task<string?> NameAsync(ContentItemView item, string codeField, string? nameField, CancellationToken cancellationToken = default)
    {
        if (item.GetText(codeField) is { Length: > 0 } code)
        {
            _departments ??= await directory.DepartmentsAsync(cancellationToken);
            if (_departments.FirstOrDefault(d => d.Code == code) is { } department)
            {
                return item.Culture == English ? department.Name.En : department.Name.Ja;
            }
        }

        return nameField is null ? item.GetText(codeField) : item.GetText(nameField);
    }
}

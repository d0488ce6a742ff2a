using System.Text.Json;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Modules.Contents.Validation;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Department fields (<see cref="ContentFieldKind.Department"/>): codes of the directory's departments. A saved
/// code must name an active department; the field's <see cref="ContentFieldDefinition.NameField"/> gets its name.
/// The directory is read once per scope.
/// </summary>
internal sealed class DepartmentFields(IUserDirectory directory)
{
    private IReadOnlyList<DirectoryDepartment>? _departments;

    public static IEnumerable<ContentFieldDefinition> Of(ContentTypeDefinition type) =>
        type.Fields.Where(f => f.Kind == ContentFieldKind.Department);

    public async Task<IReadOnlyList<DirectoryDepartment>> AllAsync(CancellationToken cancellationToken) =>
        _departments ??= await directory.DepartmentsAsync(cancellationToken);

    public async Task<IReadOnlyList<DirectoryDepartment>> ActiveAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(d => d.IsActive).ToList();

    /// <summary>An error for every department field whose code is not an active department.</summary>
    public async Task ValidateAsync(ContentTypeDefinition type, IReadOnlyDictionary<string, JsonElement> fields, List<FieldError> errors, CancellationToken cancellationToken)
    {
        foreach (var field in Of(type))
        {
            var key = ContentFormValues.Prefix + field.Name;
            if (errors.Any(e => e.Key == key) || fields.GetText(field.Name) is not { Length: > 0 } code)
            {
                continue;
            }

            if (!(await AllAsync(cancellationToken)).Any(d => d.IsActive && d.Code == code))
            {
                errors.Add(new(key, T(
                    $"「{field.Label.Ja}」は組織の一覧にある現在の課から選んでください（{code} は登録がないか、廃止されています）。",
                    $"Choose \"{field.Label.En}\" from the current departments of the directory ({code} is unknown or no longer active).")));
            }
        }
    }

    /// <summary>The fields with each department's name (in <paramref name="culture"/>) written to its name field; unknown codes leave the name as it was.</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> WithNamesAsync(
        ContentTypeDefinition type, string culture, IReadOnlyDictionary<string, JsonElement> fields, CancellationToken cancellationToken)
    {
        Dictionary<string, JsonElement>? filled = null;
        foreach (var field in Of(type).Where(f => f.NameField is not null))
        {
            if (fields.GetText(field.Name) is not { Length: > 0 } code
                || (await AllAsync(cancellationToken)).FirstOrDefault(d => d.Code == code) is not { } department)
            {
                continue;
            }

            filled ??= new Dictionary<string, JsonElement>(fields, StringComparer.Ordinal);
            filled[field.NameField!] = ContentJson.Element(NameIn(department, culture));
        }

        return filled ?? fields;
    }

    /// <summary>The code of the department whose Japanese or English name is <paramref name="name"/>, for items saved before codes.</summary>
    public async Task<string?> CodeOfNameAsync(string? name, CancellationToken cancellationToken)
    {
        var text = name?.Trim();
        return string.IsNullOrEmpty(text) ? null
            : (await AllAsync(cancellationToken)).Where(d => d.Name.Ja == text || d.Name.En == text).OrderByDescending(d => d.IsActive).FirstOrDefault()?.Code;
    }

    public static string NameIn(DirectoryDepartment department, string culture) =>
        culture == English ? department.Name.En : department.Name.Ja;
}

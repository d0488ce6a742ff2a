using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>A department's own drafts; <see cref="Department"/> null when the user has no active department (then nothing).</summary>
internal sealed record DepartmentDraftsPage(DirectoryDepartment? Department, IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentItem> Drafts)
{
    public string TypeLabel(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName.Current ?? name;
}

/// <summary>The desk's call for challenges (照会): which departments, what, by when.</summary>
internal sealed class DepartmentCallForm
{
    public List<string> Departments { get; set; } = [];

    public string? Message { get; set; }

    public string? Deadline { get; set; }
}

/// <summary>The call's page: the form, and the departments' drafts waiting for the desk or an editor to publish them.</summary>
internal sealed record DepartmentCallPage(DepartmentCallForm Form, IReadOnlyList<DirectoryDepartment> Departments, ContentTypeDefinition Type, IReadOnlyList<ContentItem> Replies);

using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>Empty fields arrive as null (MVC converts empty strings), hence the nullable texts.</summary>
internal sealed class CreateDefinitionForm
{
    public string? Name { get; set; }

    public string? TitleJa { get; set; }

    public string? TitleEn { get; set; }
}

internal sealed class ImportDefinitionForm
{
    public string? Name { get; set; }

    public Microsoft.AspNetCore.Http.IFormFile? File { get; set; }
}

internal sealed record DefinitionRow(
    string Name,
    string Title,
    int? PublishedVersion,
    int LatestVersion,
    bool HasDraft,
    int ActiveInstances,
    bool StartableByHand);

internal sealed record DefinitionListPage(IReadOnlyList<DefinitionRow> Rows, CreateDefinitionForm Form, ImportDefinitionForm Import, bool CanStart);

/// <summary>One version in the list; <see cref="Seeded"/> when a recipe seeded it.</summary>
internal sealed record VersionRow(int Version, string Status, string? CreatedBy, DateTime UpdatedUtc, string? PublishedBy, DateTime? PublishedUtc, bool Seeded);

internal sealed record ProblemRow(string? ElementId, string? ElementName, string Message);

/// <summary>
/// The designer: the draft's XML, the validator's problems, versions and the catalog as JSON for the script;
/// the recipe's notice when it added a draft, and whether the latest version is a draft that can be discarded.
/// </summary>
internal sealed record DesignerPage(
    string Name,
    string Title,
    string Xml,
    int? PublishedVersion,
    int LatestVersion,
    IReadOnlyList<ProblemRow> Problems,
    IReadOnlyList<VersionRow> Versions,
    string DataJson,
    bool StartableByHand,
    bool CanStart,
    SeedNotice? Seed,
    bool CanDiscard);

internal sealed record VersionPage(string Name, string Title, VersionRow Version, string ViewerJson);

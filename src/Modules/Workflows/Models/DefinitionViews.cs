using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Models;

internal sealed record DefinitionSummary(
    Guid Id, string Name, string TitleJa, string TitleEn, int LatestVersion, int? PublishedVersion, DateTime UpdatedUtc, int ActiveInstances)
{
    public string Title => Cultures.T(TitleJa, TitleEn);
}

/// <summary>One version; <see cref="Seeded"/> when a recipe seeded it.</summary>
internal sealed record DefinitionVersionView(
    Guid Id, int Version, DefinitionVersionStatus Status, string? CreatedBy, DateTime CreatedUtc, DateTime UpdatedUtc, string? PublishedBy, DateTime? PublishedUtc, bool Seeded);

/// <summary>A definition with all its versions (newest first) and the XML of the latest one (what the designer opens).</summary>
internal sealed record DefinitionDetail(DefinitionSummary Definition, IReadOnlyList<DefinitionVersionView> Versions, string LatestXml, IReadOnlyList<BpmnProblem> LatestProblems);

/// <summary>
/// A draft the recipe added while a published version is in use (shown on the designer until it is published or
/// discarded); <see cref="EarlierDraft"/> is staff's own draft it was added after, if any.
/// </summary>
internal sealed record SeedNotice(int Draft, int Published, int? EarlierDraft)
{
    public static SeedNotice? For(DefinitionDetail detail)
    {
        var latest = detail.Versions.FirstOrDefault(v => v.Version == detail.Definition.LatestVersion);
        if (latest is not { Status: DefinitionVersionStatus.Draft, Seeded: true } || detail.Definition.PublishedVersion is not int published)
        {
            return null;
        }

        var earlier = detail.Versions.Where(v => v.Status == DefinitionVersionStatus.Draft && v.Version < latest.Version).Max(v => (int?)v.Version);
        return new(latest.Version, published, earlier);
    }
}

/// <summary>What saving, creating, importing or publishing did. Refused when <see cref="Succeeded"/> is false; <see cref="Problems"/> lists why.</summary>
internal sealed record DefinitionSaveResult(bool Succeeded, int? Version, IReadOnlyList<BpmnProblem> Problems, LocalizedText? Error = null)
{
    public static DefinitionSaveResult Failed(LocalizedText error) => new(false, null, [], error);
}

internal sealed record DefinitionExport(string FileName, string Xml);

/// <summary>Everything the designer's side panel offers: activities with parameters and outcomes, events, roles, departments.</summary>
internal sealed record DesignerCatalog(
    IReadOnlyList<IWorkflowActivity> Activities,
    IReadOnlyList<WorkflowEventDescriptor> Events,
    IReadOnlyList<CatalogRole> Roles,
    IReadOnlyList<CatalogDepartment> Departments);

internal sealed record CatalogRole(string Name, LocalizedText DisplayName);

internal sealed record CatalogDepartment(string Code, LocalizedText Name);

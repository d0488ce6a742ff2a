using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Models;

internal sealed record DefinitionSummary(
    Guid Id, string Name, string TitleJa, string TitleEn, int LatestVersion, int? PublishedVersion, DateTime UpdatedUtc, int ActiveInstances)
{
    public string Title => Cultures.T(TitleJa, TitleEn);
}

internal sealed record DefinitionVersionView(
    Guid Id, int Version, DefinitionVersionStatus Status, string? CreatedBy, DateTime CreatedUtc, DateTime UpdatedUtc, string? PublishedBy, DateTime? PublishedUtc);

/// <summary>A definition with all its versions (newest first) and the XML of the latest one (what the designer opens).</summary>
internal sealed record DefinitionDetail(DefinitionSummary Definition, IReadOnlyList<DefinitionVersionView> Versions, string LatestXml, IReadOnlyList<BpmnProblem> LatestProblems);

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

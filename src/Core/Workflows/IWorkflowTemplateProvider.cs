using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Workflows;

/// <summary>A module's default process (BPMN XML), seeded under <paramref name="Name"/> and published while the module is enabled.</summary>
public sealed record WorkflowTemplate(string Name, LocalizedText Title, string Xml);

/// <summary>
/// A module ships its default flows (a scheme module its scheme's process), so adding a scheme is one module. Workflows seeds
/// them at every start like a recipe's flows: a new one is imported and published, a changed one reaches a site without
/// overwriting staff's edits, the same one again changes nothing. Registered as a singleton by the module.
/// </summary>
public interface IWorkflowTemplateProvider
{
    IEnumerable<WorkflowTemplate> Templates { get; }
}

using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Partnership;

/// <summary>The partnership scheme's default process: its start events match <c>scheme=partnership</c>.</summary>
internal sealed class PartnershipWorkflow : IWorkflowTemplateProvider
{
    public IEnumerable<WorkflowTemplate> Templates { get; } =
    [
        new("partnership-flow", new("パートナーシップ（連携事業）", "Partnership (collaborative project)"), EmbeddedWorkflows.Read(typeof(PartnershipWorkflow).Assembly, "partnership-flow.bpmn")),
    ];
}

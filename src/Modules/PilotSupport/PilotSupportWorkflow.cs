using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.PilotSupport;

/// <summary>The pilot scheme's default process: its start events match <c>scheme=pilot</c>.</summary>
internal sealed class PilotSupportWorkflow : IWorkflowTemplateProvider
{
    public IEnumerable<WorkflowTemplate> Templates { get; } =
    [
        new("pilot-support-flow", new("実証実験サポート", "Pilot project support"), EmbeddedWorkflows.Read(typeof(PilotSupportWorkflow).Assembly, "pilot-support-flow.bpmn")),
    ];
}

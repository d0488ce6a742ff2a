using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Workflows;

internal sealed class ProposalEventSource : IWorkflowEventSource
{
    public IEnumerable<WorkflowEventDescriptor> Events => ProposalEventData.Descriptors;
}

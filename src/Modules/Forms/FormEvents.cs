using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.Modules.Forms;

internal sealed class FormEvents : IWorkflowEventSource
{
    public IEnumerable<WorkflowEventDescriptor> Events => [SubmissionEvents.Descriptor];
}

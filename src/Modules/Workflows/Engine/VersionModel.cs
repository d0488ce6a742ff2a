using OpenCityAomori.Modules.Workflows.Bpmn;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>A definition version with its parsed process.</summary>
internal sealed record VersionModel(Guid VersionId, Guid DefinitionId, string DefinitionName, int Version, ProcessModel Model);

/// <summary>Raised inside a step when an element cannot go on; the token is marked failed.</summary>
internal sealed class WorkflowFaultException(string message) : Exception(message);

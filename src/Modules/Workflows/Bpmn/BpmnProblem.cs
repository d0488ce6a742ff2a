using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

/// <summary>
/// Something the engine cannot run, on <see cref="ElementId"/> (null for the whole file).
/// <see cref="Blocking"/> problems (not XML, not BPMN, unsupported elements) refuse even a draft;
/// every problem refuses publication.
/// </summary>
internal sealed record BpmnProblem(string? ElementId, LocalizedText Message, bool Blocking = false)
{
    public override string ToString() => ElementId is null ? Message.En : $"{ElementId}: {Message.En}";
}

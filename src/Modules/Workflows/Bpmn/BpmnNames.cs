using System.Xml.Linq;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Oca = "http://opencity-aomori.jp/schema/bpmn/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Documentation-only elements inside a process; the engine ignores them.</summary>
    public static readonly HashSet<string> Artifacts = new(StringComparer.Ordinal)
    {
        "textAnnotation", "association", "group", "dataObject", "dataObjectReference", "dataStoreReference", "documentation", "extensionElements", "laneSet",
    };

    /// <summary>Children of flow nodes that carry no behaviour of their own.</summary>
    public static readonly HashSet<string> PassiveChildren = new(StringComparer.Ordinal)
    {
        "incoming", "outgoing", "documentation", "extensionElements", "dataOutputAssociation", "dataInputAssociation", "ioSpecification", "property",
    };
}
